-- Each region's contact at the alliance, shown on its regional page: staff chose to publish these details.
create table region_contact (
    region_slug text primary key,
    name        text                     not null,
    role        text,
    email       text,
    phone       text,
    updated_at  timestamp with time zone not null,
    updated_by  bigint                   not null
);
