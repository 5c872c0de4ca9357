/** Background threads of a service instance (outbox relay, audit-chain sealing): started and stopped with the app. */
package nl.zvh.platform.worker;
