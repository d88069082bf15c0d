-- The rest of an Evidence Library entry: fieldwork, delivery, theory of change, findings per
-- outcome, related entries, attached files (with the text extracted from them), the revision
-- history curators read, and the submission trail.
alter table evidence_entry
    add column fieldwork_from       date,
    add column fieldwork_to         date,
    add column delivery_model       text,
    add column data_type            text check (data_type in ('QUALITATIVE', 'QUANTITATIVE', 'MIXED')),
    add column sample_breakdown     text,
    add column mechanism            text,
    add column implementation_notes text,
    add column cost_information     text,
    add column strength_adjusted    boolean not null default false,
    add column submitted_by         bigint,
    add column submitter_note       text,
    add column inclusion_decision   text check (inclusion_decision in ('INCLUDED', 'EXCLUDED')),
    add column inclusion_reasons    text,
    add column curator_comments     text;
create index evidence_entry_submitted_by_idx on evidence_entry (submitted_by);
create index evidence_entry_programme_idx on evidence_entry (programme_name);

create table evidence_finding (
    entry_id    bigint  not null references evidence_entry (id) on delete cascade,
    position    int     not null,
    outcome     text    not null,
    direction   text    not null check (direction in ('POSITIVE', 'MIXED', 'NO_DIFFERENCE', 'NEGATIVE', 'NOT_TESTED')),
    effect_size numeric(8, 3),
    metric      text,
    time_point  text,
    confidence  text check (confidence in ('HIGH', 'MODERATE', 'LOW')),
    primary key (entry_id, position)
);

create table evidence_relation (
    entry_id   bigint not null references evidence_entry (id) on delete cascade,
    related_id bigint not null references evidence_entry (id) on delete cascade,
    kind       text   not null check (kind in ('SAME_PROGRAMME', 'UPDATE_OF', 'JOURNAL_VERSION_OF', 'RELATED')),
    primary key (entry_id, related_id, kind),
    check (entry_id <> related_id)
);

create table evidence_file (
    id                bigint generated always as identity primary key,
    entry_id          bigint                   not null references evidence_entry (id) on delete cascade,
    filename          text                     not null,
    size_bytes        bigint                   not null,
    sha256            text                     not null,
    storage_key       text                     not null unique,
    extraction        text                     not null check (extraction in ('PENDING', 'DONE', 'NO_TEXT', 'ENCRYPTED', 'UNREADABLE', 'TOO_LARGE')),
    extraction_note   text,
    text              text,
    page_count        int,
    uploaded_at       timestamp with time zone not null
);
create index evidence_file_entry_idx on evidence_file (entry_id);

create table evidence_revision (
    id         bigint generated always as identity primary key,
    entry_id   bigint                   not null references evidence_entry (id) on delete cascade,
    number     int                      not null,
    changed_at timestamp with time zone not null,
    changed_by text                     not null,
    summary    text                     not null,
    snapshot   jsonb                    not null,
    unique (entry_id, number)
);
