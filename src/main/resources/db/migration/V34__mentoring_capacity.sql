-- A round's capacity rules: the most mentees any one mentor may take, and, if staff set one, how
-- many mentees the round can accept.
alter table mentoring_round add column max_per_mentor int not null default 3 check (max_per_mentor between 1 and 5);
alter table mentoring_round add column mentee_places int check (mentee_places between 1 and 10000);
