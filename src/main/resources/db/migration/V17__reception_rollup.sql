-- Records received per day, per actor and state, for the days that are over: the process-wide
-- reception reports (seed table 2 and its breakdowns) sum these few rows for whole days and count
-- only the rest of the records one by one. reports.ReceptionRollup fills a day once it is over;
-- reception_rollup says up to which instant (a day's start, central Mexico) a process is complete.
create table reception_day (
    process_id  bigint    not null,
    day_start   timestamp with time zone not null,
    actor_id    bigint    not null,
    entidad     integer   not null,
    records     bigint    not null,
    primary key (process_id, day_start, actor_id, entidad)
);

create table reception_rollup (
    process_id      bigint primary key references capture_process (id),
    complete_before timestamp with time zone not null
);
