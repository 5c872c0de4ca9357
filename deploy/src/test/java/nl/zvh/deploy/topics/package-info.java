/** Checks that every Kafka topic the services use is declared, with bounded retention. */
package nl.zvh.deploy.topics;
