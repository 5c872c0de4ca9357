/**
 * Every event consumer of re-integration: the programme start from triage, CoVeCa's cases, intake's reference data,
 * erasures of others.
 */
package nl.zvh.reintegration.inbound;
