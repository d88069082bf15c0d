-- A curator's hand corrections of some rows' tags, by line and vocabulary, kept with the checked file until it is imported.
alter table evidence_import_job add column corrections jsonb not null default '{}'::jsonb;
