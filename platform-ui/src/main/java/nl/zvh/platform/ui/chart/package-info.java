/** One renderer for every chart on every page: inline SVG within the CSP, accessible, never colour alone. */
package nl.zvh.platform.ui.chart;
