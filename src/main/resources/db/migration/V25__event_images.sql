-- An event's picture, drawn afresh as PNG from the upload, with the words that describe it for people who cannot see it.
create table event_image (
    event_id    bigint primary key references event (id) on delete cascade,
    image       bytea                    not null,
    width       int                      not null,
    height      int                      not null,
    alt         text                     not null check (length(alt) between 1 and 300),
    uploaded_at timestamp with time zone not null
);
