-- Failed sign-ins (platform.LoginAttempts) and wrong Mi Apoyo look-ups (miapoyo.LookupAttempts),
-- counted where every node of a cluster sees them and a restart does not forget them. One row per
-- guessed key, named by its SHA-256 (a typed user name may be a password typed in the wrong box);
-- a row is deleted once it no longer counts (expires_at), so invented names cannot pile up.
create table failure_counter (
    scope         varchar(20)  not null,
    key_hash      char(64)     not null,
    failures      integer      not null,
    since         timestamp with time zone not null,
    last_failure  timestamp with time zone not null,
    locked_until  timestamp with time zone,
    expires_at    timestamp with time zone not null,
    constraint pk_failure_counter primary key (scope, key_hash)
);
-- The purge's question: rows that no longer count.
create index ix_failure_counter_expires on failure_counter (expires_at);
