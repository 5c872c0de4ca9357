/** Scenarios of documents on a case: upload checks, listing, scoped and audited downloads, sharing with partners. */
package nl.zvh.coveca.documents;
