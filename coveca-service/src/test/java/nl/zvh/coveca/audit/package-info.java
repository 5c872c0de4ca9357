/** Scenarios of the platform audit log (hash chain, privacy-officer search) and break-glass, on coveca cases. */
package nl.zvh.coveca.audit;
