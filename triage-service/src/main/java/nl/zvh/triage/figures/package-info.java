/** Figures of the triage table per house, aggregates only (no personal data). */
package nl.zvh.triage.figures;
