/** One trace per piece of work across HTTP, the outbox and Kafka: trace context stored, carried and continued. */
package nl.zvh.platform.tracing;
