-- Equality monitoring: special-category data, optional and separately consented, kept apart from the
-- profile and read only as counts by a role of its own.
alter table account_role drop constraint account_role_role_check;
alter table account_role add constraint account_role_role_check
    check (role in ('MEMBER', 'ORGANISATION_ADMIN', 'EDITOR', 'ADMIN', 'EQUALITY_ANALYST'));

create table equality_response (
    member_id        bigint primary key references member (id) on delete cascade,
    ethnicity        text,
    disability       text,
    gender           text,
    lived_experience text,
    answered_at      timestamp with time zone not null
);
