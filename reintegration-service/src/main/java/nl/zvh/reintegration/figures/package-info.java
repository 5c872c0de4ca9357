/** Figures for analysts: aggregates per municipality and year, never persons. */
package nl.zvh.reintegration.figures;
