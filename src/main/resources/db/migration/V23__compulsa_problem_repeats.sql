-- The same problem again (a local batch checked every few minutes while the database keeps refusing
-- one answer, a DERFE file dropped twice) counts on its first row instead of adding one per attempt,
-- so the list at /compulsa stays readable: how many times, and the last.
alter table compulsa_problem add column times integer default 1 not null;
alter table compulsa_problem add column last_received_at timestamp with time zone;
update compulsa_problem set last_received_at = received_at;
alter table compulsa_problem alter column last_received_at set not null;
create index ix_compulsa_problem_record on compulsa_problem (record_ref, code);
create index ix_compulsa_problem_last on compulsa_problem (last_received_at);
