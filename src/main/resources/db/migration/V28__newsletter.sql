-- The newsletter: subscribers and their consent, suppressions and bounces, campaigns and one
-- delivery row per recipient, which is what makes a send resumable after a crash.

create table newsletter_subscriber (
    id              bigserial primary key,
    email           text not null,
    name            text,
    status          text not null,          -- PENDING, CONFIRMED, UNSUBSCRIBED, CONSENT_UNKNOWN
    topics          text[] not null,
    region          text,
    account_id      bigint,
    source          text not null,          -- FORM, MEMBER, IMPORT, STAFF
    created_at      timestamptz not null,
    confirmed_at    timestamptz,
    unsubscribed_at timestamptz,
    soft_bounces    int not null default 0,
    version         bigint not null default 0
);
create unique index newsletter_subscriber_email on newsletter_subscriber (lower(email));
create index newsletter_subscriber_confirmed on newsletter_subscriber (id) where status = 'CONFIRMED';

-- what each subscriber agreed to or withdrew, with the words shown: never updated, only added to
create table newsletter_consent (
    id            bigserial primary key,
    subscriber_id bigint not null references newsletter_subscriber (id) on delete cascade,
    granted       boolean not null,
    wording       text not null,
    version       text not null,
    source        text not null,
    detail        text,
    recorded_at   timestamptz not null
);
create index newsletter_consent_subscriber on newsletter_consent (subscriber_id, recorded_at);

-- addresses never to be mailed, whoever asks
create table newsletter_suppression (
    email      text primary key,              -- lower case
    reason     text not null,                 -- HARD_BOUNCE, SOFT_BOUNCES, COMPLAINT, STAFF
    detail     text,
    created_at timestamptz not null
);

-- how many bounces of each kind suppress an address: data, so staff change it without a release
create table newsletter_bounce_policy (
    kind           text primary key,          -- HARD, SOFT, COMPLAINT
    suppress_after int not null check (suppress_after between 1 and 100)
);
insert into newsletter_bounce_policy (kind, suppress_after) values ('HARD', 1), ('SOFT', 3), ('COMPLAINT', 1);

create table newsletter_bounce (
    id          bigserial primary key,
    email       text not null,
    kind        text not null,
    source      text not null,                -- WEBHOOK or STAFF
    event_id    text unique,                  -- the provider's id, so a webhook retried is counted once
    detail      text,
    recorded_at timestamptz not null
);
create index newsletter_bounce_email on newsletter_bounce (email);

create table newsletter_campaign (
    id            bigserial primary key,
    kind          text not null,              -- DIGEST or ONE_OFF
    subject       text not null,
    intro         text not null default '',
    body          text not null default '',
    audience_topic  text,
    audience_region text,
    status        text not null,              -- DRAFT, SCHEDULED, SENDING, PAUSED, SENT
    scheduled_at  timestamptz,
    started_at    timestamptz,
    finished_at   timestamptz,
    covers_from   timestamptz,
    covers_to     timestamptz,
    total         int not null default 0,
    errors        int not null default 0,
    pause_reason  text,
    html          text,                       -- what was sent, fixed when sending starts; the archive shows it
    text_part     text,
    rows_built_ms bigint,
    created_by    bigint,
    created_at    timestamptz not null,
    version       bigint not null default 0
);
create index newsletter_campaign_status on newsletter_campaign (status);

create table newsletter_campaign_item (
    id          bigserial primary key,
    campaign_id bigint not null references newsletter_campaign (id) on delete cascade,
    section     text not null,
    position    int not null,
    title       text not null,
    url         text not null,
    summary     text not null default '',
    meta        text not null default ''
);
create index newsletter_campaign_item_campaign on newsletter_campaign_item (campaign_id, position);

-- one row per recipient, written when the send starts: the audience is fixed, and a row is
-- marked sent in the same transaction that held its lock while the message went out
create table newsletter_delivery (
    id              bigserial primary key,
    campaign_id     bigint not null references newsletter_campaign (id) on delete cascade,
    subscriber_id   bigint not null references newsletter_subscriber (id) on delete cascade,
    email           text not null,
    state           text not null default 'PENDING',   -- PENDING, SENT, FAILED, SKIPPED
    attempts        int not null default 0,
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    smtp_response   text,
    unique (campaign_id, subscriber_id)
);
create index newsletter_delivery_pending on newsletter_delivery (campaign_id, id) where state = 'PENDING';
create index newsletter_delivery_sent on newsletter_delivery (sent_at) where state = 'SENT';

-- used only when no link secret is set in the environment, so links keep working after a restart
create table newsletter_key (
    id     int primary key check (id = 1),
    secret text not null
);

-- when a confirmation or link was last emailed, so repeated requests cannot flood someone's inbox
alter table newsletter_subscriber add column asked_at timestamptz;
