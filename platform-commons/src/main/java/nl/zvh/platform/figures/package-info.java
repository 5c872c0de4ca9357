/** Arithmetic shared by the services' aggregate figures (shares that add up to 100 %). */
package nl.zvh.platform.figures;
