/** Plumbing for importing a house's history from its previous system's CSV: reading cells, dry run, all or nothing. */
package nl.zvh.platform.history;
