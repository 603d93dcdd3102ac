-- What the portal's search matches: auxiliar ID, name and e-mail in lower case without accents
-- (written by the application, so "Maria" finds "María" on H2 and PostgreSQL alike).
alter table auxiliar add column search_text varchar(500);
-- Rows from before keep their accents; new and changed rows are normalized by the application.
update auxiliar set search_text = lower(auxiliar_id || ' ' || name || ' ' || email);
