/** Aggregate figures for analysts: candidates, inclusions, active vs capacity, CTER cases and outcomes (no persons). */
package nl.zvh.lifecourse.figures;
