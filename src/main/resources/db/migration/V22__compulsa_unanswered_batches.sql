-- Batches left unanswered (compulsa.CompulsaBatches). A local batch whose records stayed without an
-- answer (the platform stopped, an answer failed) is checked again against the roll: when it was
-- last checked again, and how many of its records were. A DERFE batch overdue for its answer file
-- is logged once: when it was.
alter table compulsa_batch add column resumed_at timestamp with time zone;
alter table compulsa_batch add column resumed_records integer default 0 not null;
alter table compulsa_batch add column overdue_logged_at timestamp with time zone;

-- A batch's records still waiting for their answer: read on every tick, on /compulsa and on release.
create index ix_citizen_record_compulsa_batch on citizen_record (compulsa_batch_id, status);
