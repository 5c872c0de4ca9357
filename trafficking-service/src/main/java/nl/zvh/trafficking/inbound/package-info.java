/**
 * Every event consumer of trafficking: the programme start from triage, intake's reference data and the erasures of
 * other services.
 */
package nl.zvh.trafficking.inbound;
