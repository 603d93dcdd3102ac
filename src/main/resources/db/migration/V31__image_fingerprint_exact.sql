-- A picture so often reused that every band of its hash is common (shared by more than 200 records)
-- is found by its exact hash instead: the bands no longer tell anyone apart, the whole hash still does.
create index ix_image_fingerprint_exact on captacion.image_fingerprint (process_id, image_kind, h0, h1, h2, h3);
