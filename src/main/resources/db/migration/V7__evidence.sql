-- The Evidence Library: entries, their contributors, vocabulary tags and the catalogue text no
-- concept matched yet (kept for curators, never dropped).
create table evidence_entry (
    id                   bigint generated always as identity primary key,
    slug                 text                     not null unique,
    status               text                     not null check (status in ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'PUBLISHED', 'WITHDRAWN')),
    title                text                     not null,
    publication_year     int check (publication_year between 1800 and 2200),
    publication_month    int check (publication_month between 1 and 12),
    publication_day      int check (publication_day between 1 and 31),
    publisher            text,
    document_type        text,
    peer_reviewed        boolean,
    independence         text check (independence in ('INDEPENDENT', 'COMMISSIONED', 'INTERNAL')),
    doi                  text,
    isbn                 text,
    url                  text,
    other_urls           text[]                   not null default '{}',
    language             text                     not null default 'en',
    licence              text,
    programme_name       text,
    venues               text,
    sample_size          text,
    study_design         text,
    strength_level       int check (strength_level between 1 and 5),
    strength_rationale   text,
    summary              text,
    key_quote            text,
    source_certainty     text,
    import_key           text                     not null unique,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    published_at         timestamp with time zone,
    last_reviewed_at     timestamp with time zone,
    version              bigint                   not null default 0
);
create index evidence_entry_status_idx on evidence_entry (status);

create table evidence_contributor (
    entry_id bigint not null references evidence_entry (id) on delete cascade,
    position int    not null,
    name     text   not null,
    kind     text   not null check (kind in ('PERSON', 'ORGANISATION')),
    role     text   not null check (role in ('AUTHOR', 'PUBLISHER', 'EVALUATOR', 'COMMISSIONER', 'DELIVERER')),
    primary key (entry_id, position)
);

create table evidence_tag (
    entry_id   bigint not null references evidence_entry (id) on delete cascade,
    vocabulary text   not null,
    slug       text   not null,
    primary key (entry_id, vocabulary, slug)
);
create index evidence_tag_concept_idx on evidence_tag (vocabulary, slug);

create table evidence_unmapped (
    entry_id bigint not null references evidence_entry (id) on delete cascade,
    field    text   not null,
    value    text   not null,
    primary key (entry_id, field, value)
);
