-- The bitácora is append-only whatever role the application connects as (a revoked grant would
-- not hold against the table's owner): every DELETE or TRUNCATE raises, and so does every UPDATE
-- but one — the retention purge (retention.PurgingPersonalData) replacing a purged record's clave
-- de elector by its irreversible stand-in (18 lower-case hexadecimal characters, never a clave),
-- every other column untouched: who saw which record, when and from where stays. Repeatable, so a
-- change to the message or the function is applied at the next start; the table is V27's.
create or replace function access_log_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE'
       and new.clave_elector ~ '^[0-9a-f]{18}$'
       and (new.id, new.viewed_at, new.user_id, new.roles, new.kind, new.path, new.record_id, new.subject,
            new.client_address)
           is not distinct from
           (old.id, old.viewed_at, old.user_id, old.roles, old.kind, old.path, old.record_id, old.subject,
            old.client_address) then
        return new;
    end if;
    raise exception 'La bitácora de accesos solo admite altas: % rechazado', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

drop trigger if exists access_log_append_only on access_log;
create trigger access_log_append_only before update or delete on access_log
    for each row execute function access_log_refuse_change();

drop trigger if exists access_log_no_truncate on access_log;
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_refuse_change();
