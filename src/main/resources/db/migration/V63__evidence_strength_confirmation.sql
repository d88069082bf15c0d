-- A level is the rubric's suggestion until an editor confirms it; only a confirmed level is public.
alter table evidence_entry
    add column strength_confirmed_at timestamp with time zone,
    add column strength_confirmed_by text;

-- levels an editor set with a written reason were an editor's own judgement
update evidence_entry set strength_confirmed_at = coalesce(last_reviewed_at, updated_at), strength_confirmed_by = 'an editor (before confirmations were recorded)'
where strength_adjusted and strength_level is not null;
