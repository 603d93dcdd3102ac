-- The zero-setup run's H2 has no PL/pgSQL: its trigger is a Java class (accesslog.AppendOnlyH2Trigger)
-- that raises on every UPDATE and DELETE, like PostgreSQL's function in db/vendor/postgresql.
create trigger if not exists access_log_append_only before update, delete on access_log
    for each row call 'mx.captacion.accesslog.AppendOnlyH2Trigger';
