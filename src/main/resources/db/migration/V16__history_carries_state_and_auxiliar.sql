-- The reports by state (threshold) and by auxiliar (quality) read the status history alone: each
-- history row carries its record's state and auxiliar (both fixed when the record is received), so
-- an actor's report is one index-only range scan instead of a join to every record.
alter table record_status_history add column entidad integer;
alter table record_status_history add column auxiliar_id bigint;
update record_status_history
   set entidad = (select r.entidad from citizen_record r where r.id = record_status_history.record_id),
       auxiliar_id = (select r.auxiliar_id from citizen_record r where r.id = record_status_history.record_id);
drop index ix_status_history_actor_asof;
create index ix_status_history_actor_asof
    on record_status_history (actor_id, valid_from, valid_to, status, inconsistency_type, entidad, auxiliar_id);
