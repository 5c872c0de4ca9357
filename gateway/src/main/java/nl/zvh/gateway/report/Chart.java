package nl.zvh.gateway.report;

/**
 * A chart of the report as inline SVG markup (rendered on the server; no scripts, no external resources).
 *
 * @param table the id of the table that holds the same figures
 */
public record Chart(String id, String title, String svg, String table) {
}
