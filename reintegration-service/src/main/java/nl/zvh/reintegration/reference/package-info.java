/**
 * Reference data, owned by intake-service and followed here (read models): the municipalities of return with the
 * house serving each, and the houses' partner organisations.
 */
package nl.zvh.reintegration.reference;
