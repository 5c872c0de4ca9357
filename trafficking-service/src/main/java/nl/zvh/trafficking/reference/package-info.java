/**
 * Reference data of the houses, owned by intake-service and followed here (read models): municipalities and partner
 * organisations.
 */
package nl.zvh.trafficking.reference;
