-- The network's members: one profile per account (more arrives with the network issue).
create table member (
    id           bigint generated always as identity primary key,
    account_id   bigint                   not null unique,
    display_name text                     not null,
    region_slug  text,
    joined_at    timestamp with time zone not null,
    version      bigint                   not null default 0
);
