-- Reception reports (issue 5) count records by the instant they reached the INE: per month for a
-- process (optionally per state or actor) and per day for an actor. These two indexes make each
-- of those an index-only range scan, whatever the records' statuses.
create index ix_citizen_record_process_received on citizen_record (process_id, received_at, entidad, actor_id);
create index ix_citizen_record_actor_received on citizen_record (actor_id, received_at);
