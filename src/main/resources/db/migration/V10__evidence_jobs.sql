-- Curators' bulk imports (the uploaded file waits here between the dry run and the import,
-- then the import reports its progress), and the progress of a search index rebuild.
create table evidence_import_job (
    id           uuid primary key,
    filename     text                     not null,
    format       text                     not null check (format in ('TSV', 'CSV', 'RIS')),
    content      text                     not null,
    publish      boolean                  not null default false,
    status       text                     not null check (status in ('CHECKED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total_rows   int                      not null,
    done_rows    int                      not null default 0,
    created      int,
    present      int,
    rejected     int,
    created_by   text                     not null,
    created_at   timestamp with time zone not null,
    finished_at  timestamp with time zone
);

alter table search_index_state
    add column rebuild_total int,
    add column rebuild_done  int,
    add column rebuild_started_at timestamp with time zone,
    add column rebuild_finished_at timestamp with time zone;
