-- Why someone unsubscribed, if they chose to say, from a short list (no free text to moderate or to hold about them).
-- One answer a subscriber, replaced if they answer again; it goes with the subscriber when they are erased.
create table newsletter_unsubscribe_reason (
    subscriber_id bigint primary key references newsletter_subscriber (id) on delete cascade,
    reason        text                     not null check (reason in ('TOO_MANY', 'NOT_RELEVANT', 'MOVED_ON', 'NEVER_ASKED', 'OTHER')),
    recorded_at   timestamp with time zone not null
);
create index newsletter_unsubscribe_reason_recorded_idx on newsletter_unsubscribe_reason (recorded_at);
