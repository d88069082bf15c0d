-- The token of each signed bounce webhook already accepted. A signature holds for 15 minutes either
-- side of its timestamp, so without this a captured request could be sent again within that time.
-- Kept in the database so that every node refuses the second use; rows past the window are deleted.
create table newsletter_webhook_token (
    token   text primary key,
    seen_at timestamp with time zone not null
);
create index newsletter_webhook_token_seen_idx on newsletter_webhook_token (seen_at);
