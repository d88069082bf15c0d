-- Two more things the CRM filters by are copied onto the member row, as V22 did for art forms and
-- whether a membership is current: the member's latest say on the newsletter (which took a sort of
-- every newsletter decision per search) and the kind of their latest membership term (which took a
-- look-up per member). consent_record and membership_term stay the truth; the triggers keep the
-- copies in step inside the same transaction.
alter table member
    add column newsletter boolean not null default false,
    add column kind       text;

create function member_newsletter_copy() returns trigger language plpgsql as $$
declare
    target bigint;
begin
    if tg_op = 'DELETE' then target := old.member_id; else target := new.member_id; end if;
    update member m set newsletter = coalesce((select c.granted from consent_record c
                                               where c.member_id = target and c.purpose = 'NEWSLETTER'
                                               order by c.recorded_at desc, c.id desc limit 1), false)
    where m.id = target;
    return null;
end $$;
-- the ledger is append-only, so only new records and erasure's deletions can change the answer
create trigger consent_record_newsletter_added after insert on consent_record
    for each row when (new.purpose = 'NEWSLETTER') execute function member_newsletter_copy();
create trigger consent_record_newsletter_removed after delete on consent_record
    for each row when (old.purpose = 'NEWSLETTER') execute function member_newsletter_copy();

create or replace function member_current_copy() returns trigger language plpgsql as $$
declare
    target bigint;
begin
    if tg_op = 'DELETE' then target := old.member_id; else target := new.member_id; end if;
    update member m set
        current = exists (select 1 from membership_term t where t.member_id = target and t.ended_at is null),
        kind    = (select t.kind from membership_term t where t.member_id = target order by t.started_at desc, t.id desc limit 1)
    where m.id = target;
    return null;
end $$;

update member m set
    newsletter = coalesce((select c.granted from consent_record c where c.member_id = m.id and c.purpose = 'NEWSLETTER'
                           order by c.recorded_at desc, c.id desc limit 1), false),
    kind       = (select t.kind from membership_term t where t.member_id = m.id order by t.started_at desc, t.id desc limit 1);
