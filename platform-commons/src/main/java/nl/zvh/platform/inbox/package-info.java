/** Idempotent consumption: a consumed-event row per (event, consumer), written in the consumer's transaction. */
package nl.zvh.platform.inbox;
