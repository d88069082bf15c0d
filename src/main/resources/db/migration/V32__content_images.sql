-- An item's lead picture: its words for people who cannot see it, and the picture drawn afresh at a few widths.
create table content_image (
    item_id      bigint       primary key references content_item (id) on delete cascade,
    alt          varchar(300) not null,
    width        int          not null,
    height       int          not null,
    uploaded_at  timestamptz  not null
);

create table content_image_size (
    item_id  bigint not null references content_image (item_id) on delete cascade,
    width    int    not null,
    image    bytea  not null,
    primary key (item_id, width)
);
