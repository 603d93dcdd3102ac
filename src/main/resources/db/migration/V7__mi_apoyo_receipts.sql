-- Mi Apoyo: the receipt code a citizen looks their record up with (none for an auxiliar's
-- records; a unique index allows any number of nulls on both H2 and PostgreSQL).
alter table citizen_record add column receipt_code varchar(12);
create unique index uk_citizen_record_receipt_code on citizen_record (receipt_code);

-- A citizen may refuse the browser's geolocation: Mi Apoyo records may come without a location.
alter table citizen_record alter column latitude drop not null;
alter table citizen_record alter column longitude drop not null;
