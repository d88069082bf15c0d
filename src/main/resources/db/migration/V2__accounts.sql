-- Identity: accounts, their roles, single-use tokens and the security audit log.
create table account (
    id                 bigint generated always as identity primary key,
    email              text                     not null,
    display_name       text                     not null,
    password_hash      text                     not null,
    email_verified_at  timestamp with time zone,
    totp_secret        text,
    totp_enabled_at    timestamp with time zone,
    totp_last_step     bigint,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            bigint                   not null default 0
);
create unique index account_email_key on account (lower(email));

create table account_role (
    account_id bigint not null references account (id) on delete cascade,
    role       text   not null check (role in ('MEMBER', 'ORGANISATION_ADMIN', 'EDITOR', 'ADMIN')),
    primary key (account_id, role)
);

create table account_token (
    id          bigint generated always as identity primary key,
    account_id  bigint                   not null references account (id) on delete cascade,
    purpose     text                     not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    token_hash  text                     not null unique,
    new_email   text,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index account_token_account_idx on account_token (account_id, purpose);
create index account_token_expires_idx on account_token (expires_at);

create table recovery_code (
    id         bigint generated always as identity primary key,
    account_id bigint not null references account (id) on delete cascade,
    code_hash  text   not null,
    used_at    timestamp with time zone
);
create index recovery_code_account_idx on recovery_code (account_id);

-- No foreign key: the log outlives deleted accounts, which keep only their number.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamp with time zone not null,
    type        text                     not null,
    account_id  bigint,
    actor_id    bigint,
    ip_address  text,
    detail      text
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_account_idx on audit_event (account_id);
create index audit_event_type_idx on audit_event (type);
