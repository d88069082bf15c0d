-- What members do, from a list staff can keep in the taxonomy (the free-text job title stays beside it for the
-- Directory), so the network can be counted by role. Lived experience of the justice system is not a role here: it is
-- special-category data, asked only in the equality monitoring, separately consented.
insert into concept (vocabulary, slug, label, alt_labels, position) values
    ('ROLE', 'artist-or-facilitator', 'Artist or arts facilitator', '{artist,facilitator,musician,writer,performer}', 1),
    ('ROLE', 'arts-organisation', 'Arts organisation staff or trustee', '{arts manager,artistic director,trustee}', 2),
    ('ROLE', 'prison-or-secure-setting', 'Prison, youth custody or secure hospital staff', '{prison officer,prison education,governor}', 3),
    ('ROLE', 'probation-or-community-justice', 'Probation or community justice staff', '{probation officer,youth justice worker}', 4),
    ('ROLE', 'other-justice-professional', 'Other criminal justice professional', '{police,courts,liaison and diversion}', 5),
    ('ROLE', 'researcher', 'Researcher or academic', '{academic,evaluator,lecturer}', 6),
    ('ROLE', 'funder-or-commissioner', 'Funder or commissioner', '{funder,commissioner,grant maker}', 7),
    ('ROLE', 'student', 'Student', '{}', 8),
    ('ROLE', 'volunteer', 'Volunteer', '{}', 9),
    ('ROLE', 'other', 'Other', '{}', 10);

-- The CRM filters by role as it does by art form and setting: copied onto the member row by the same trigger.
alter table member add column roles text[] not null default '{}';

create or replace function member_interests_copy() returns trigger language plpgsql as $$
declare
    target bigint;
begin
    if tg_op = 'DELETE' then target := old.member_id; else target := new.member_id; end if;
    update member m set
        art_forms = coalesce((select array_agg(i.slug order by i.slug) from member_interest i
                              where i.member_id = target and i.vocabulary = 'ART_FORM'), '{}'),
        settings  = coalesce((select array_agg(i.slug order by i.slug) from member_interest i
                              where i.member_id = target and i.vocabulary = 'SETTING'), '{}'),
        roles     = coalesce((select array_agg(i.slug order by i.slug) from member_interest i
                              where i.member_id = target and i.vocabulary = 'ROLE'), '{}')
    where m.id = target;
    if tg_op = 'UPDATE' and old.member_id <> new.member_id then
        update member m set
            art_forms = coalesce((select array_agg(i.slug order by i.slug) from member_interest i
                                  where i.member_id = old.member_id and i.vocabulary = 'ART_FORM'), '{}'),
            settings  = coalesce((select array_agg(i.slug order by i.slug) from member_interest i
                                  where i.member_id = old.member_id and i.vocabulary = 'SETTING'), '{}'),
            roles     = coalesce((select array_agg(i.slug order by i.slug) from member_interest i
                                  where i.member_id = old.member_id and i.vocabulary = 'ROLE'), '{}')
        where m.id = old.member_id;
    end if;
    return null;
end $$;
