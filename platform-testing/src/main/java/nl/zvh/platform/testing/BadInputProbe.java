package nl.zvh.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Sends the bad-input corpus of {@link BadInputCorpus} to one write endpoint of the service under test and checks
 * the platform's bad-input rules: never a 5xx; every rejection an RFC 9457 problem (application/problem+json); a
 * rejection of a field-specific case that no service may accept names that field; nothing stored for a rejected
 * input (the row count of every table of the service's database, except the audit log, unchanged).
 */
public final class BadInputProbe {
    private final DataSource dataSource;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> report = new TreeMap<>();
    private String countSql;

    public BadInputProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Probes METHOD PATH (relative to the test's base URI) with the corpus made from a plausible body. */
    public BadInputProbe probe(String method, String path, String token, String plausibleBody) {
        List<BadInput> corpus = BadInputCorpus.forBody(plausibleBody);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (BadInput input : corpus) {
            long before = rows();
            Answer r = send(method, path, token, input);
            int status = r.status();
            statuses.merge(status, 1, Integer::sum);
            String where = method + " " + path + " " + input;
            if (status >= 500) {
                failures.add(status + " for " + where + " -> " + abbreviate(r.body()));
                continue;
            }
            if (status < 400) {
                if (input.mustBeRejected()) {
                    failures.add("accepted (" + status + ") " + where);
                }
                continue;
            }
            String type = r.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                failures.add("rejection " + status + " not problem+json (" + type + ") for " + where);
                continue;
            }
            if (input.mustBeRejected() && input.field() != null && status == 400 && !namesField(r, input.field())) {
                failures.add(
                        "problem does not name " + input.field() + " for " + where + " -> " + abbreviate(r.body()));
            }
            long after = rows();
            if (after != before) {
                failures.add("rejected (" + status + ") but " + (after - before) + " rows stored for " + where);
            }
        }
        report.put(method + " " + path, corpus.size() + " cases, statuses " + statuses);
        return this;
    }

    /** Fails listing every broken rule; prints the per-endpoint statuses either way. */
    public void assertNoViolations() {
        report.forEach((endpoint, line) -> System.out.println("[bad-input] " + endpoint + ": " + line));
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " bad-input rule violations:\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    public int endpoints() {
        return report.size();
    }

    /** The answer to one case. */
    record Answer(int status, String contentType, String body) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static Answer send(String method, String path, String token, BadInput input) {
        String base = RestAssured.baseURI + ":" + RestAssured.port
                + (RestAssured.basePath == null ? "" : RestAssured.basePath);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", input.contentType())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(input.body())).build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (java.io.IOException e) {
            return new Answer(599, null, "connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean namesField(Answer r, String field) {
        JsonNode errors;
        try {
            errors = BadInputCorpus.read(r.body()).path("errors");
        } catch (IllegalArgumentException notJson) {
            return false;
        }
        String plain = field.replace("[0]", "");
        for (JsonNode e : errors) {
            String n = e.path("field").asText("");
            String p = n.replaceAll("\\[\\d+]", "");
            if (p.equals(plain) || p.startsWith(plain + ".") || plain.startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }

    private long rows() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (countSql == null) {
                List<String> parts = new ArrayList<>();
                try (ResultSet t = s.executeQuery("select table_name from information_schema.tables where table_schema"
                        + " = current_schema() and table_type = 'BASE TABLE' and table_name not like 'flyway%'"
                        + " and table_name <> 'audit_log'")) {
                    while (t.next()) {
                        parts.add("(select count(*) from \"" + t.getString(1) + "\")");
                    }
                }
                countSql = "select " + (parts.isEmpty() ? "0" : String.join(" + ", parts));
            }
            try (ResultSet rs = s.executeQuery(countSql)) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
