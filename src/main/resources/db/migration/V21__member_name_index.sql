-- The CRM lists members by name, fifty at a time: an index in that order answers a page without sorting them all.
create index member_name_idx on member (lower(display_name), id);
