-- Controlled vocabularies: one concept per row, synonyms as alternative labels, optional parent.
create table concept (
    id          bigint generated always as identity primary key,
    vocabulary  text    not null,
    slug        text    not null,
    label       text    not null,
    alt_labels  text[]  not null default '{}',
    parent_id   bigint references concept (id),
    position    int     not null default 0,
    extra       text,
    retired     boolean not null default false,
    merged_into bigint references concept (id),
    version     bigint  not null default 0,
    unique (vocabulary, slug)
);
create unique index concept_label_key on concept (vocabulary, lower(label));
create index concept_parent_idx on concept (parent_id);
