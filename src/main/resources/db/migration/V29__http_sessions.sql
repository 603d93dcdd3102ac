-- Signed-in people's HTTP sessions, kept by Spring Session JDBC (spring.session.jdbc.table-name
-- captacion.spring_session) so that any node behind a load balancer serves the next request of a
-- session another node began (README «Varios nodos»). Spring Session's own PostgreSQL schema
-- (org/springframework/session/jdbc/schema-postgresql.sql, 3.5), in our schema; its types are H2's
-- too (BYTEA is H2's name for VARBINARY). Expired sessions are deleted by Spring Session's
-- cleanup job on every node (spring.session.jdbc.cleanup-cron); a delete that finds nothing costs nothing.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
