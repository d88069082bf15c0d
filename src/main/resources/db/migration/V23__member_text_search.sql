-- Staff find members by any part of a name, organisation, role or email address ("byrne", "@probation").
-- Trigram indexes answer such a search without reading every member. pg_trgm ships with PostgreSQL
-- and is a trusted extension: the database's owner may create it.
create extension if not exists pg_trgm;
create index member_text_trgm_idx on member using gin
    ((lower(coalesce(display_name, '') || ' ' || coalesce(organisation_name, '') || ' ' || coalesce(role_title, ''))) gin_trgm_ops);
create index account_email_trgm_idx on account using gin (lower(email) gin_trgm_ops);
