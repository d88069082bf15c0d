-- The editors' plain-language summary of an entry in Welsh, beside the English one: optional, and Welsh pages show
-- the English summary (marked as English) where there is none.
alter table evidence_entry add column summary_cy text;
