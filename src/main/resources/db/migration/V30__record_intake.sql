-- The intake (issue 15): reception commits a record with its first status and a row here, and
-- answers; the intake route (integration/intake.camel.yaml) claims rows in batches with
-- FOR UPDATE SKIP LOCKED, runs each record's automated processing by starting its process, and
-- deletes the rows in the same transaction. A row is a record acknowledged and not yet taken in.
create table record_intake (
    record_id   uuid         primary key references citizen_record (id),
    queued_at   timestamp with time zone not null,
    -- a record that failed alone this many times is not claimed again until an operator retries it
    attempts    integer      default 0 not null,
    last_error  varchar(2000),
    failed_at   timestamp with time zone
);
create index ix_record_intake_queue on record_intake (attempts, queued_at);
