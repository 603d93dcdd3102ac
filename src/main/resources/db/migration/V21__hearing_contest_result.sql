-- What the audiencia reviewer's decision left the record as. A restitution reverses the judgement
-- of the contested record, yet the record may still not count: a duplicate of a record of the same
-- actor, or a citizen whose more recent affiliation counts for another actor (NO_VALIDO,
-- AFILIADO_A_OTRO_ACTOR). The contest keeps it beside the decision, so what the actor reads is true.
alter table hearing_contest add column resulting_status varchar(30);

-- Decisions taken before: a confirmation left the judgement as it was; a restitution, whatever the
-- record's history shows first from the decision on.
update hearing_contest set resulting_status = judged_status where outcome = 'CONFIRMAR';
update hearing_contest c set resulting_status = (
    select h.status from record_status_history h
     where h.record_id = c.record_id and h.valid_from >= c.decided_at
     order by h.valid_from, h.id fetch first 1 rows only)
 where c.outcome = 'RESTITUIR';
