-- The W3C traceparent of the span that wrote an event (nl.zvh.platform.tracing): the relay sends it as the Kafka header
-- traceparent, so the consumer's work continues the trace of the request that caused it. An identifier, no content.
alter table outbox_message add column trace_parent varchar(100);
