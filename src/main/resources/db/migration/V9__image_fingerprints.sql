-- Reused images: the perceptual hash (256 bits as four longs) of the images a record is checked
-- for, and the hash cut in 16 bands of 16 bits. Two hashes at most 15 bits apart share at least one
-- band exactly, so the look-up of near matches is an index look-up per band (records.ReusedImages),
-- with the exact distance confirmed in Java; no database-specific bit functions (H2 and PostgreSQL).
create table image_fingerprint (
    record_id     uuid        not null references citizen_record (id),
    image_kind    varchar(12) not null,
    process_id    bigint      not null,
    clave_elector varchar(18) not null,
    h0            bigint      not null,
    h1            bigint      not null,
    h2            bigint      not null,
    h3            bigint      not null,
    primary key (record_id, image_kind)
);

create table image_fingerprint_band (
    process_id bigint      not null,
    image_kind varchar(12) not null,
    band       smallint    not null,
    band_value integer     not null,
    record_id  uuid        not null,
    primary key (process_id, image_kind, band, band_value, record_id)
);

-- Set on both records when one's image is found in another citizen's record: the control desk
-- shows them as possible fraud, the auxiliar quality report counts them.
alter table citizen_record add column reused_image boolean default false not null;
