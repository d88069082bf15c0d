-- Bulk imports write entries and files in JDBC batches: Hibernate takes keys fifty at a time from
-- a sequence of each table's own. Rows inserted by hand still draw from the same sequence, so keys
-- never collide.
alter table evidence_entry alter column id drop identity if exists;
create sequence evidence_entry_id_seq increment by 50 owned by evidence_entry.id;
select setval('evidence_entry_id_seq', coalesce((select max(id) from evidence_entry), 0) + 1, false);
alter table evidence_entry alter column id set default nextval('evidence_entry_id_seq');

alter table evidence_file alter column id drop identity if exists;
create sequence evidence_file_id_seq increment by 50 owned by evidence_file.id;
select setval('evidence_file_id_seq', coalesce((select max(id) from evidence_file), 0) + 1, false);
alter table evidence_file alter column id set default nextval('evidence_file_id_seq');

-- A report's extracted text is written once and read rarely (to rebuild the search index):
-- compressing it cost the database more CPU than anything else in an import, for disk that is cheap.
alter table evidence_file alter column text set storage external;
