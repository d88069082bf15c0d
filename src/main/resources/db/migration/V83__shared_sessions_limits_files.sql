-- Several nodes share what one node kept in memory or on its disk: rate limits, sessions and uploaded files.

-- A token bucket per key (its SHA-256: keys may name a person); a row full again is deleted.
create table rate_bucket (
    key_hash bytea primary key,
    tokens double precision not null,
    refreshed_at timestamptz not null,
    full_at timestamptz not null,
    granted boolean not null
);
create index rate_bucket_full_at on rate_bucket (full_at);

-- Sessions, as Spring Session JDBC keeps them (its schema for PostgreSQL); the principal name holds "account:<id>".
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- Uploaded files (reports, forum papers), in pieces of 1 MB so none is read whole into memory.
create table stored_file (
    area text not null,
    key text not null,
    size_bytes bigint not null,
    stored_at timestamptz not null,
    primary key (area, key)
);
create table stored_file_piece (
    area text not null,
    key text not null,
    piece int not null,
    bytes bytea not null,
    primary key (area, key, piece),
    foreign key (area, key) references stored_file (area, key) on delete cascade
);
-- PDFs and pictures are compressed already: stored as they are, without another try at compressing them
alter table stored_file_piece alter column bytes set storage external;
