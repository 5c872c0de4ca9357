-- The W3C traceparent of the span that received a referral (nl.zvh.platform.tracing): the table's decision, days later
-- and in the chair's own request, continues this trace, so operators follow one referral from the referrer's submission
-- through triage into the programme. An identifier, no content.
alter table triage_referral add column origin_trace_parent varchar(100);
