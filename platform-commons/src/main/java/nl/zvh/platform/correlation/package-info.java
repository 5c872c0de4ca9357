/** Correlation id from the X-Correlation-Id header (generated when absent) into logs, responses, outbox and events. */
package nl.zvh.platform.correlation;
