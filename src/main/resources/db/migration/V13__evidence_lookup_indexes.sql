-- Entry pages list "more from the same organisations" and entries of the same programme: both
-- look up by name, which must not mean reading every contributor row of a large library.
create index evidence_contributor_organisation_idx on evidence_contributor (name) where kind = 'ORGANISATION';
create index evidence_finding_outcome_idx on evidence_finding (outcome);
