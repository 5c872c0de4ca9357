/** Transactional outbox: events written with the state change, relayed to Kafka in order per aggregate. */
package nl.zvh.platform.outbox;
