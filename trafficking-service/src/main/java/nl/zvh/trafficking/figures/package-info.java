/** Figures for analysts: aggregates per house, municipality and year, never persons. */
package nl.zvh.trafficking.figures;
