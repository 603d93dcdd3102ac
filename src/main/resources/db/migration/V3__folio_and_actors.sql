-- Folios are F, the registration day (YYMMDD) and this number in 9 digits; never reused.
create sequence folio_number start with 1;

-- An actor registers once per process: a second registration under the same name is refused.
create unique index uk_political_actor_process_name on political_actor (process_id, name);
