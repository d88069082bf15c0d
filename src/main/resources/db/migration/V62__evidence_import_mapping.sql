-- What a catalogue import learnt from the alliance's real records.

-- A journal article's container (the journal, its volume, issue and pages) is not an organisation.
alter table evidence_entry
    add column container_title  text,
    add column volume           text,
    add column issue            text,
    add column pages            text,
    -- the sample size as a number, with what the number means: "230+" is at least 230, "c. 300" about 300
    add column sample_count     int check (sample_count >= 0),
    add column sample_count_max int check (sample_count_max >= 0),
    add column sample_bound     text check (sample_bound in ('EXACT', 'AT_LEAST', 'AT_MOST', 'ABOUT', 'RANGE'));

-- An import used to mark every entry it published as reviewed that day, though nobody had reviewed it.
-- Entries a curator has never touched (no revision, no rating of their own) lose that claim.
update evidence_entry e set last_reviewed_at = null
where last_reviewed_at is not null and last_reviewed_at = published_at and not strength_adjusted
  and not exists (select 1 from evidence_revision r where r.entry_id = e.id);

-- Synonyms seen in the real catalogue records.
update concept set alt_labels = alt_labels || array['youth offending team', 'youth offending service', 'YOT', 'youth justice',
    'youth justice setting', 'youth justice system', 'ISSP', 'ISS', 'intensive supervision and surveillance', 'referral order']
where vocabulary = 'SETTING' and slug = 'youth-justice-service';
update concept set alt_labels = alt_labels || array['post custody', 'ex offenders']
where vocabulary = 'SETTING' and slug = 'community-after-release';
update concept set alt_labels = alt_labels || array['correctional setting', 'correctional facility', 'prison/YOI']
where vocabulary = 'SETTING' and slug = 'prison';
update concept set alt_labels = alt_labels || array['sex offender prison', 'high security estate']
where vocabulary = 'SETTING' and slug = 'adult-prison-men';
update concept set alt_labels = alt_labels || array['schools']
where vocabulary = 'SETTING' and slug = 'prevention-young-people-at-risk';

update concept set alt_labels = alt_labels || array['prisoner', 'in prison', 'in custody', 'people in custody', 'inmate']
where vocabulary = 'PARTICIPANT' and slug = 'people-in-prison';
update concept set alt_labels = alt_labels || array['ex offender', 'former prisoner', 'released prisoner', 'former participants']
where vocabulary = 'PARTICIPANT' and slug = 'people-after-release';
update concept set alt_labels = alt_labels || array['young offender', 'juvenile offender', 'young people in youth justice',
    'young people in the criminal justice system']
where vocabulary = 'PARTICIPANT' and slug = 'young-people-in-the-youth-justice-system';
update concept set alt_labels = alt_labels || array['at risk', 'high risk young people', 'at risk of offending']
where vocabulary = 'PARTICIPANT' and slug = 'young-people-at-risk';
update concept set alt_labels = alt_labels || array['detainee']
where vocabulary = 'PARTICIPANT' and slug = 'detainees';
update concept set alt_labels = alt_labels || array['patients']
where vocabulary = 'PARTICIPANT' and slug = 'secure-hospital-patients';
update concept set alt_labels = alt_labels || array['families', 'supporters and families', 'families and supporters']
where vocabulary = 'PARTICIPANT' and slug = 'families-and-children-of-people-in-prison';
update concept set alt_labels = alt_labels || array['staff', 'prison staff', 'prison officers']
where vocabulary = 'PARTICIPANT' and slug = 'justice-staff';
update concept set alt_labels = alt_labels || array['artists', 'musicians', 'facilitators', 'art teachers', 'arts organisations']
where vocabulary = 'PARTICIPANT' and slug = 'artists-and-practitioners';
update concept set alt_labels = alt_labels || array['audiences', 'audience', 'young audiences']
where vocabulary = 'PARTICIPANT' and slug = 'audiences-and-the-public';

update concept set alt_labels = alt_labels || array['male', 'fathers']
where vocabulary = 'GENDER' and slug = 'men';
update concept set alt_labels = alt_labels || array['female']
where vocabulary = 'GENDER' and slug = 'women';
update concept set alt_labels = alt_labels || array['male and female']
where vocabulary = 'GENDER' and slug = 'mixed';
update concept set alt_labels = alt_labels || array['adult']
where vocabulary = 'AGE_BAND' and slug = 'adults';
update concept set alt_labels = alt_labels || array['juvenile']
where vocabulary = 'AGE_BAND' and slug = 'under-18';
update concept set alt_labels = alt_labels || array['recovery']
where vocabulary = 'GROUP' and slug = 'people-in-recovery';

-- A review's designs: a systematic review or a meta-synthesis is an evidence synthesis, whatever designs it reviews.
update concept set alt_labels = alt_labels || array['systematic review', 'meta analysis', 'meta-analysis', 'meta synthesis',
    'meta-synthesis', 'evidence synthesis', 'qualitative evidence synthesis', 'narrative synthesis', 'rapid evidence assessment', 'REA']
where vocabulary = 'STUDY_DESIGN' and slug = 'systematic-review-or-meta-analysis';
update concept set alt_labels = alt_labels || array['pre and post test', 'pre post', 'pretest posttest']
where vocabulary = 'STUDY_DESIGN' and slug = 'before-and-after-without-comparison';
update concept set alt_labels = alt_labels || array['process study', 'process evaluation', 'implementation evaluation',
    'service evaluation', 'learning review']
where vocabulary = 'STUDY_DESIGN' and slug = 'process-or-implementation-evaluation';
update concept set alt_labels = alt_labels || array['participative', 'participatory']
where vocabulary = 'STUDY_DESIGN' and slug = 'participatory-or-arts-based-methods';
update concept set alt_labels = alt_labels || array['narrative based']
where vocabulary = 'STUDY_DESIGN' and slug = 'qualitative-study';

update concept set alt_labels = alt_labels || array['pre and post measures', 'pre and post', 'before and after measures', 'pre post']
where vocabulary = 'METHOD' and slug = 'pre-and-post-programme-measures';
update concept set alt_labels = alt_labels || array['ethnographic', 'ethnographic methods']
where vocabulary = 'METHOD' and slug = 'ethnography';
update concept set alt_labels = alt_labels || array['feedback forms', 'survey']
where vocabulary = 'METHOD' and slug = 'questionnaires';
update concept set alt_labels = alt_labels || array['psychometric tests', 'psychometric', 'validated measures']
where vocabulary = 'METHOD' and slug = 'validated-scales';
update concept set alt_labels = alt_labels || array['ASSET analysis', 'outcomes analysis', 'tracking forms']
where vocabulary = 'METHOD' and slug = 'administrative-data';
update concept set alt_labels = alt_labels || array['reconviction study', 'recidivism review']
where vocabulary = 'METHOD' and slug = 'reconviction-analysis';
update concept set alt_labels = alt_labels || array['observations']
where vocabulary = 'METHOD' and slug = 'observation';

update concept set alt_labels = alt_labels || array['sample size']
where vocabulary = 'LIMITATION' and slug = 'small-sample';
update concept set alt_labels = alt_labels || array['self report', 'self-report']
where vocabulary = 'LIMITATION' and slug = 'self-reported-data';
update concept set alt_labels = alt_labels || array['one artform', 'one art form']
where vocabulary = 'LIMITATION' and slug = 'single-art-form';
update concept set alt_labels = alt_labels || array['control groups', 'control group', 'no control group']
where vocabulary = 'LIMITATION' and slug = 'no-comparison-group';

update concept set alt_labels = alt_labels || array['dissertation', 'master''s dissertation']
where vocabulary = 'DOCUMENT_TYPE' and slug = 'thesis';
update concept set alt_labels = alt_labels || array['evaluation guidance']
where vocabulary = 'DOCUMENT_TYPE' and slug = 'guidance-or-toolkit';

update concept set alt_labels = alt_labels || array['Ireland', 'Irish']
where vocabulary = 'REGION' and slug = 'republic-of-ireland';
update concept set alt_labels = alt_labels || array['Scottish']
where vocabulary = 'REGION' and slug = 'scotland';
update concept set alt_labels = alt_labels || array['Welsh']
where vocabulary = 'REGION' and slug = 'wales';
update concept set alt_labels = alt_labels || array['USA', 'United States', 'Australia', 'Canada', 'New Zealand']
where vocabulary = 'REGION' and slug = 'international';

update concept set alt_labels = alt_labels || array['radio', 'prison radio']
where vocabulary = 'ART_FORM' and slug = 'radio-and-podcasts';
update concept set alt_labels = alt_labels || array['film', 'media', 'digital media']
where vocabulary = 'ART_FORM' and slug = 'film-and-digital-media';
update concept set alt_labels = alt_labels || array['creative arts', 'arts (general)', 'arts in general']
where vocabulary = 'ART_FORM' and slug = 'multi-arts';
