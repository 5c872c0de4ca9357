/** Correlation ids: accepted from the caller when well-formed, otherwise generated; echoed on every response. */
package nl.zvh.gateway.correlation;
