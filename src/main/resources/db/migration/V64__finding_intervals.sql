-- A finding's confidence interval, where the study reported one: both bounds or neither, around the
-- effect size, at a confidence level in per cent (95 unless the study says otherwise).
alter table evidence_finding
    add column interval_lower numeric(8, 3),
    add column interval_upper numeric(8, 3),
    add column interval_level int,
    add constraint evidence_finding_interval_check check (
        (interval_lower is null and interval_upper is null and interval_level is null)
        or (interval_lower is not null and interval_upper is not null and interval_level between 50 and 99
            and effect_size is not null and interval_lower <= effect_size and effect_size <= interval_upper));
