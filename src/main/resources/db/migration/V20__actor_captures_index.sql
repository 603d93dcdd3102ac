-- An actor's records by reception, with what the quality report reads of each (auxiliar, capture
-- instant, reused image): its captures and flagged images become index-only reads, and the per-day
-- reception table reads the same index's prefix, so V14's (actor_id, received_at) is redundant.
create index ix_citizen_record_actor_captures
    on citizen_record (actor_id, received_at, auxiliar_id, captured_at, reused_image);
drop index ix_citizen_record_actor_received;
