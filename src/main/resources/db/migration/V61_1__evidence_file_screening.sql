-- What the check at upload found in each PDF (risk codes, comma-separated; null for files from before the
-- check), for the curator to see; and whether the file kept may open in the browser. Only a file checked and
-- found clean, or cleaned of its scripts, may: anything else, older files included, is served as a download.
alter table evidence_file
    add column upload_risks  text,
    add column served_inline boolean not null default false;
