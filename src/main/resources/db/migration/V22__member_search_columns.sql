-- The CRM searches and counts 100,000 members many times a minute. What it filters and counts by
-- most (art forms, settings, whether a membership is current) is copied onto the member row by
-- triggers, so one pass over the members answers a search with no joins. The rows they come from
-- (member_interest, membership_term) stay the truth.
alter table member
    add column art_forms text[]  not null default '{}',
    add column settings  text[]  not null default '{}',
    add column current   boolean not null default false;

create function member_interests_copy() returns trigger language plpgsql as $$
declare
    target bigint;
begin
    if tg_op = 'DELETE' then target := old.member_id; else target := new.member_id; end if;
    update member m set
        art_forms = coalesce((select array_agg(i.slug order by i.slug) from member_interest i
                              where i.member_id = target and i.vocabulary = 'ART_FORM'), '{}'),
        settings  = coalesce((select array_agg(i.slug order by i.slug) from member_interest i
                              where i.member_id = target and i.vocabulary = 'SETTING'), '{}')
    where m.id = target;
    if tg_op = 'UPDATE' and old.member_id <> new.member_id then
        update member m set
            art_forms = coalesce((select array_agg(i.slug order by i.slug) from member_interest i
                                  where i.member_id = old.member_id and i.vocabulary = 'ART_FORM'), '{}'),
            settings  = coalesce((select array_agg(i.slug order by i.slug) from member_interest i
                                  where i.member_id = old.member_id and i.vocabulary = 'SETTING'), '{}')
        where m.id = old.member_id;
    end if;
    return null;
end $$;
create trigger member_interest_copied after insert or update or delete on member_interest
    for each row execute function member_interests_copy();

create function member_current_copy() returns trigger language plpgsql as $$
declare
    target bigint;
begin
    if tg_op = 'DELETE' then target := old.member_id; else target := new.member_id; end if;
    update member m set current = exists (select 1 from membership_term t where t.member_id = target and t.ended_at is null)
    where m.id = target;
    return null;
end $$;
create trigger membership_term_copied after insert or update or delete on membership_term
    for each row execute function member_current_copy();

update member m set
    art_forms = coalesce((select array_agg(i.slug order by i.slug) from member_interest i
                          where i.member_id = m.id and i.vocabulary = 'ART_FORM'), '{}'),
    settings  = coalesce((select array_agg(i.slug order by i.slug) from member_interest i
                          where i.member_id = m.id and i.vocabulary = 'SETTING'), '{}'),
    current   = exists (select 1 from membership_term t where t.member_id = m.id and t.ended_at is null);
