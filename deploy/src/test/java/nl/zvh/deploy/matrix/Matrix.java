package nl.zvh.deploy.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The declared authorisation matrix, {@code deploy/src/test/resources/authorisation-matrix.csv}: one line per
 * (endpoint, role) with the expected outcome class per scope. Format (comma separated, {@code #} starts a comment):
 * <pre>method,path,role,own,other-org,other-house</pre>
 * where path is the gateway path ({@code /coveca/api/cases/{id}}) and each outcome is one of {@link Outcome}'s codes
 * ({@code allow}, {@code filtered}, {@code 403}, {@code 404}) or {@code -} for a scope that does not exist for the
 * role (a partner system of another house).
 */
public final class Matrix {
    static final Path REPO = Path.of(System.getProperty("zvh.repo", "..")).toAbsolutePath().normalize();
    static final Path FILE = REPO.resolve("deploy/src/test/resources/authorisation-matrix.csv");
    static final Path DOC = REPO.resolve("docs/authorisation-matrix.md");
    static final List<String> SCOPES = List.of("own", "other-org", "other-house");
    static final List<String> ROLES = List.of("referrer", "triage-member", "triage-chair", "process-director",
            "reintegration-coordinator", "trafficking-coordinator", "lifecourse-coordinator", "lifecourse-case-manager",
            "cter-member", "analyst", "privacy-officer", "functional-admin", "case-partner", "partner-system",
            "national-analyst");

    /** One line: the endpoint, the role and the expected outcome per scope (index of {@link #SCOPES}). */
    record Row(String method, String path, String role, List<String> expected) {
        String endpoint() {
            return method + " " + path;
        }

        String line() {
            return method + "," + path + "," + role + "," + String.join(",", expected);
        }
    }

    final List<Row> rows;

    private Matrix(List<Row> rows) {
        this.rows = rows;
    }

    static Matrix read() throws IOException {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String raw : Files.readAllLines(FILE)) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("method,")) {
                continue;
            }
            String[] c = line.split("\\s*,\\s*");
            if (c.length != 6 || !ROLES.contains(c[2])) {
                throw new IllegalStateException(FILE + ":" + n + ": expected method,path,role,own,other-org,other-house"
                        + " with a known role, got: " + raw);
            }
            for (int i = 3; i < 6; i++) {
                if (!c[i].equals("-")) {
                    Outcome.parse(c[i]);
                }
            }
            rows.add(new Row(c[0], c[1], c[2], List.of(c[3], c[4], c[5])));
        }
        return new Matrix(rows);
    }

    Map<String, Map<String, Row>> byEndpoint() {
        Map<String, Map<String, Row>> map = new LinkedHashMap<>();
        for (Row r : rows) {
            map.computeIfAbsent(r.endpoint(), k -> new LinkedHashMap<>()).put(r.role(), r);
        }
        return map;
    }

    /** docs/authorisation-matrix.md, generated from the file (AuthorisationMatrixDocIsCurrentTest keeps it so). */
    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Authorisation matrix\n\n")
                .append("Generated from [`deploy/src/test/resources/authorisation-matrix.csv`]")
                .append("(../deploy/src/test/resources/authorisation-matrix.csv) — do not edit by hand; run\n")
                .append("`./mvnw -pl deploy test -Dtest=AuthorisationMatrixDocIsCurrentTest -Dzvh.matrix.write=true`.\n")
                .append("`EveryEndpointRoleAndScopeMatchesTheDeclaredMatrixIT` calls every endpoint below with a real Keycloak\n")
                .append("token of every role in three scopes — **own** organisation (the records' owner, Politie\n")
                .append("Zeeland-West-Brabant, house markiezaten), **other** organisation of the same house (Woonkwartier) and\n")
                .append("other **house** (haaglanden) — through the gateway, and fails on any difference; without a token every\n")
                .append("endpoint answers 401.\n\n")
                .append("Cells: own / other organisation / other house. `allow` = passed authorisation and scoping (2xx, or a\n")
                .append("400/409/422 about the request itself); `list` = 200 but none of the own organisation's records in the\n")
                .append("answer; `403` = role not allowed; `404` = record out of scope (not revealed); `400` (declared by hand) =\n")
                .append("the body was refused before the record was looked up, the same answer as for a record that does not\n")
                .append("exist, so nothing is revealed; `–` = no such scope for the role. A cell of one value means the same\n")
                .append("outcome in all three scopes; an empty cell is `403` everywhere. Role authorisation is decided before any\n")
                .append("validation: no role that is not allowed ever gets anything but 403. The `/ui` pages (browser session\n")
                .append("only) are not in this matrix; they call the same scoped services and carry the same `@RolesAllowed`.\n\n");
        Map<String, Map<String, Row>> endpoints = byEndpoint();
        TreeSet<String> services = new TreeSet<>();
        endpoints.keySet().forEach(e -> services.add(e.split(" ")[1].split("/")[1]));
        for (String service : services) {
            md.append("## ").append(service).append("\n\n| endpoint |");
            ROLES.forEach(r -> md.append(' ').append(r).append(" |"));
            md.append("\n|---|");
            ROLES.forEach(r -> md.append("---|"));
            md.append('\n');
            endpoints.forEach((endpoint, roles) -> {
                if (!endpoint.split(" ")[1].startsWith("/" + service + "/")) {
                    return;
                }
                md.append("| `").append(endpoint).append("` |");
                for (String role : ROLES) {
                    Row row = roles.get(role);
                    md.append(' ').append(row == null ? "?" : cell(row.expected())).append(" |");
                }
                md.append('\n');
            });
            md.append('\n');
        }
        return md.toString();
    }

    private static String cell(List<String> expected) {
        List<String> shown = expected.stream().map(e -> e.equals("filtered") ? "list" : e.equals("-") ? "–" : e)
                .toList();
        if (shown.stream().allMatch(s -> s.equals("403") || s.equals("–"))) {
            return "";
        }
        if (shown.stream().distinct().count() == 1) {
            return shown.get(0);
        }
        return String.join(" / ", shown);
    }
}
