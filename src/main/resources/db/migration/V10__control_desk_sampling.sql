-- Sampling at the control desk. A process in MUESTREO sends only a random share of the records the
-- screening rules pass without a warning to a reviewer; the others go straight to the compulsa.
-- Every existing process keeps the full review it had (COMPLETA, no sampling settings).
alter table capture_process add column review_mode varchar(10) not null default 'COMPLETA';
-- Percentages with two decimals: a national process may sample 0.5 % of ten million records.
alter table capture_process add column sample_rate numeric(5, 2);
alter table capture_process add column error_threshold numeric(5, 2);
alter table capture_process add column min_sampled_reviews integer;
-- Counted with single UPDATEs (x = x + 1), so two reviewers finishing at once never lose a count.
alter table capture_process add column sampled_reviews bigint not null default 0;
alter table capture_process add column sampled_errors bigint not null default 0;
-- When the sample's error rate passed the threshold and the process went to full review for good.
alter table capture_process add column full_review_since timestamp with time zone;

alter table capture_process add constraint ck_capture_process_review_mode
    check (review_mode in ('MUESTREO', 'COMPLETA'));
-- A process that samples (or sampled, before its switch) knows how; one that never sampled has no settings.
alter table capture_process add constraint ck_capture_process_sampling
    check ((sample_rate is null and error_threshold is null and min_sampled_reviews is null)
        or (sample_rate > 0 and sample_rate <= 100 and error_threshold >= 0 and error_threshold <= 100
            and min_sampled_reviews >= 1));
alter table capture_process add constraint ck_capture_process_sampling_mode
    check (review_mode = 'COMPLETA' or sample_rate is not null);
