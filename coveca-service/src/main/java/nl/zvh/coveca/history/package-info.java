/** Onboarding a house's history: its earlier CoVeCa cases imported from the previous system's CSV, dry run first. */
package nl.zvh.coveca.history;
