-- The toolkit's strands are the art forms and outcomes themselves, and their figures are computed from the
-- published entries; only what an editor writes about a strand is stored: one summary per concept, with who
-- changed it last and when. The version lets an editor's save fail rather than overwrite a colleague's.
create table evidence_toolkit_summary (
    id           bigint                   generated always as identity primary key,
    vocabulary   text                     not null check (vocabulary in ('ART_FORM', 'OUTCOME')),
    concept_slug text                     not null,
    body         text                     not null check (length(body) between 1 and 20000),
    changed_at   timestamp with time zone not null,
    changed_by   text                     not null,
    version      bigint                   not null default 0,
    unique (vocabulary, concept_slug)
);
