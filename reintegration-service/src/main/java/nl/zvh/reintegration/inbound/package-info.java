/** Every event consumer of re-integration: the programme start from triage, CoVeCa's cases, erasures of others. */
package nl.zvh.reintegration.inbound;
