-- Members' saved searches of the Evidence Library, each with an email alert for new entries.
create table evidence_saved_search (
    id              bigint generated always as identity primary key,
    account_id      bigint                   not null,
    name            text                     not null,
    query           text                     not null,
    frequency       text                     not null check (frequency in ('DAILY', 'WEEKLY')),
    created_at      timestamp with time zone not null,
    last_checked_at timestamp with time zone not null,
    last_sent_at    timestamp with time zone
);
create index evidence_saved_search_account_idx on evidence_saved_search (account_id);
