-- The bitácora is append-only whatever role the application connects as (a revoked grant would
-- not hold against the table's owner): every UPDATE, DELETE or TRUNCATE raises. Repeatable, so a
-- change to the message or the function is applied at the next start; the table is V27's.
create or replace function access_log_refuse_change() returns trigger language plpgsql as $$
begin
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
