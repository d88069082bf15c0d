-- Pictures placed in an item's text: each drawn afresh at one width that fits the text column,
-- with the words for people who cannot see it, and addressed by its own number from the Markdown.
create table content_body_image (
    id           bigint generated always as identity primary key,
    item_id      bigint       not null references content_item (id) on delete cascade,
    alt          varchar(300) not null,
    width        int          not null,
    height       int          not null,
    image        bytea        not null,
    uploaded_at  timestamptz  not null
);
create index content_body_image_item_idx on content_body_image (item_id);
