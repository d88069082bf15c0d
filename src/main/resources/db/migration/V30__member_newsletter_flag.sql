-- The CRM filters by newsletter consent and counts by region and art form on every search. Whether
-- a member's latest say on the newsletter is yes is copied onto the member row by a trigger, as art
-- forms and current membership already are (V22), so no search works through the consent ledger;
-- the ledger stays the truth. A covering index holds what the counts read, a sixth of the table.
alter table member add column newsletter boolean not null default false;

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
create trigger consent_record_newsletter_added after insert on consent_record
    for each row when (new.purpose = 'NEWSLETTER') execute function member_newsletter_copy();
create trigger consent_record_newsletter_removed after delete on consent_record
    for each row when (old.purpose = 'NEWSLETTER') execute function member_newsletter_copy();

update member m set newsletter = coalesce((select c.granted from consent_record c
                                           where c.member_id = m.id and c.purpose = 'NEWSLETTER'
                                           order by c.recorded_at desc, c.id desc limit 1), false);

create index member_crm_counts on member (region_slug) include (art_forms, settings, current, newsletter, id)
    where erased_at is null and merged_into is null;
