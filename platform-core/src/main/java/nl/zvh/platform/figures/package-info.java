/** Arithmetic shared by the services' aggregate figures: shares that add up to 100 %, and the one small-cell rule ({@link nl.zvh.platform.figures.SmallCells}). */
package nl.zvh.platform.figures;
