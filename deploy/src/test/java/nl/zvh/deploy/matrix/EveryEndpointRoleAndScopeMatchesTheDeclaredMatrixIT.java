package nl.zvh.deploy.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.deploy.e2e.Keycloak;
import nl.zvh.deploy.e2e.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix, proven on the running stack: every API operation in the services' OpenAPI documents ×
 * every role × own organisation / other organisation of the same house / other house, with real Keycloak tokens
 * through the gateway, on records the own organisation (Politie Zeeland-West-Brabant) created in this run. Each
 * outcome is compared with deploy/src/test/resources/authorisation-matrix.csv; any access beyond the declared one
 * fails, as does any other difference, an operation missing from the file (a ready-to-paste block is printed) and
 * an operation without a token that is not 401. Reads run first, then writes (so a write cannot hide a read).
 */
@ExtendWith(LocalStack.class)
class EveryEndpointRoleAndScopeMatchesTheDeclaredMatrixIT {
    static final int PARALLEL = Integer.getInteger("zvh.matrix.parallel", 6);
    static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    static final String PROBE_BODY = "{\"authorisationMatrixProbe\": true}";
    /** House-wide settings: probed with a body the service must refuse (400), so the test never changes them. */
    static final List<String> PROBE_ONLY = List.of("PUT /triage/api/triage/instrument",
            "PUT /triage/api/triage/settings");

    static final String NATIONAL = "national-analyst";

    record Principal(String role, String scope, String username, String clientSecret) {
    }

    record Result(String endpoint, String role, String scope, String declared, Outcome actual, int status,
            String detail) {
    }

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Map<String, String> tokens = new ConcurrentHashMap<>();

    @Test
    void everyEndpointRoleAndScopeMatchesTheDeclaredMatrix() throws Exception {
        Matrix matrix = Matrix.read();
        Map<String, Map<String, Matrix.Row>> declared = matrix.byEndpoint();
        List<Endpoints.Operation> operations = Endpoints.fetch(http,
                token(new Principal("analyst", "own", "politie-analyst", null)));
        assertTrue(operations.size() > 100, "OpenAPI lists the services' operations: " + operations.size());

        List<String> missing = new ArrayList<>();
        for (Endpoints.Operation op : operations) {
            if (!declared.containsKey(op.endpoint())) {
                missing.add(op.endpoint());
            }
        }
        List<String> stale = declared.keySet().stream()
                .filter(e -> operations.stream().noneMatch(o -> o.endpoint().equals(e))).toList();

        Seed seed = Seed.create();
        List<Principal> principals = principals();
        List<String> skipped = Collections.synchronizedList(new ArrayList<>());
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        List<String> notUnauthorised = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            Map<String, List<Runnable>> writes = new LinkedHashMap<>();
            for (boolean reads : List.of(true, false)) {
                List<Future<?>> futures = new ArrayList<>();
                for (Endpoints.Operation op : operations) {
                    if (reads != op.method().equals("GET") || !declared.containsKey(op.endpoint())) {
                        continue;
                    }
                    String path = fill(op.path(), seed);
                    futures.add(pool.submit(() -> {
                        int status = call(op, path, null).statusCode();
                        if (status != 401) {
                            notUnauthorised.add(op.endpoint() + " without a token: " + status);
                        }
                        return null;
                    }));
                    List<Runnable> cases = new ArrayList<>();
                    for (Principal p : principals) {
                        Matrix.Row row = declared.get(op.endpoint()).get(p.role());
                        String expected = row == null ? null : row.expected().get(Matrix.SCOPES.indexOf(p.scope()));
                        if (expected == null || expected.equals("-")) {
                            continue;
                        }
                        cases.add(() -> {
                            String token = token(p);
                            if (token == null) {
                                skipped.add(p.username());
                                return;
                            }
                            HttpResponse<String> r = call(op, forPrincipal(path, op, p), token);
                            // a refused attempt's audit entry names the path the caller's own colleague asked for
                            // (outcome DENIED / NOT_FOUND): no data of the record, so not a leak
                            String shown = r.body().replaceAll("\"resourceId\":\"/[^\"]*\"", "");
                            boolean leaks = seed.ownIds.stream().anyMatch(shown::contains);
                            Outcome actual = Outcome.of(r.statusCode(), leaks);
                            results.add(new Result(op.endpoint(), p.role(), p.scope(), expected, actual, r.statusCode(),
                                    r.body().length() > 200 ? r.body().substring(0, 200) : r.body()));
                        });
                    }
                    if (reads) {
                        cases.forEach(c -> futures.add(pool.submit(c)));
                    } else {
                        // one service's writes one after another: the matrix is about authorisation, not races
                        writes.computeIfAbsent(op.path().split("/")[1], k -> new ArrayList<>()).addAll(cases);
                    }
                }
                writes.values().forEach(list -> futures.add(pool.submit(() -> list.forEach(Runnable::run))));
                writes.clear();
                for (Future<?> f : futures) {
                    f.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }

        List<Result> moreAccess = new ArrayList<>();
        List<Result> different = new ArrayList<>();
        for (Result r : results) {
            Outcome declaredOutcome = Outcome.parse(r.declared());
            if (r.actual().isMoreAccessThan(declaredOutcome, r.status())) {
                moreAccess.add(r);
            } else if (!r.actual().satisfies(declaredOutcome, r.status())) {
                different.add(r);
            }
        }
        System.out.printf(
                "[AuthorisationMatrix] %d operations, %d principals; %d (endpoint, role, scope) cases checked"
                        + " plus %d without a token in %.1fs; %d unexpected allows, %d other differences, %d skipped"
                        + " (%s)%n",
                operations.size(), principals.size(), results.size(), operations.size(), (System.nanoTime() - t0) / 1e9,
                moreAccess.size(), different.size(), skipped.size(), new TreeSet<>(skipped));
        moreAccess.forEach(r -> System.out.println("  UNEXPECTED ALLOW " + describe(r)));
        different.forEach(r -> System.out.println("  DIFFERENT " + describe(r)));
        if (!missing.isEmpty()) {
            System.out.println("Operations missing from " + Matrix.FILE + " — review, then paste:");
            for (String endpoint : missing) {
                System.out.println(suggestion(endpoint, operations));
            }
        }
        StringBuilder failures = new StringBuilder();
        if (!moreAccess.isEmpty()) {
            failures.append(moreAccess.size()).append(" unexpected allows; ");
        }
        if (!different.isEmpty()) {
            failures.append(different.size()).append(" outcomes differ from the declared matrix; ");
        }
        if (!missing.isEmpty()) {
            failures.append("operations not in the declared matrix: ").append(missing).append("; ");
        }
        if (!stale.isEmpty()) {
            failures.append("declared operations that no service has any more: ").append(stale).append("; ");
        }
        if (!notUnauthorised.isEmpty()) {
            failures.append("not 401 without a token: ").append(notUnauthorised).append("; ");
        }
        if (!failures.isEmpty()) {
            fail(failures + "see the test output");
        }
        assertTrue(results.size() >= 500, "several hundred cases checked: " + results.size());
        assertEquals(List.of(), skipped, "every principal is checked, privacy officers with their second factor");
    }

    private static String describe(Result r) {
        return r.endpoint() + " as " + r.role() + " (" + r.scope() + "): declared " + r.declared() + ", got "
                + r.actual().code + " (HTTP " + r.status() + ") " + r.detail().replace('\n', ' ');
    }

    /**
     * A block of lines for the CSV, to review before pasting: the roles of the OpenAPI security requirement get
     * "allow" for the own organisation and 404 (a record) or "filtered" (a list) elsewhere; every other role 403.
     */
    private static String suggestion(String endpoint, List<Endpoints.Operation> operations) {
        Endpoints.Operation op = operations.stream().filter(o -> o.endpoint().equals(endpoint)).findFirst()
                .orElseThrow();
        boolean addressed = op.path().contains("{");
        StringBuilder sb = new StringBuilder();
        for (String role : Matrix.ROLES) {
            String own = "403";
            String others = "403";
            if (op.roles().isEmpty() || op.roles().contains(role)) {
                own = "allow";
                others = addressed ? "404" : op.method().equals("GET") ? "filtered" : "allow";
            }
            boolean national = role.equals(NATIONAL);
            sb.append(op.method()).append(',').append(op.path()).append(',').append(role).append(',').append(own)
                    .append(',').append(national ? "-" : others).append(',')
                    .append(role.equals("partner-system") || national ? "-" : others).append('\n');
        }
        return sb.toString().strip();
    }

    private String fill(String path, Seed seed) {
        Matcher m = PARAM.matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb,
                    Matcher.quoteReplacement(java.net.URLEncoder
                            .encode(seed.value(path, m.group(1)), java.nio.charset.StandardCharsets.UTF_8)
                            .replace("+", "%20")));
        }
        m.appendTail(sb);
        return sb + requiredQuery(path);
    }

    /**
     * Query parameters an operation cannot do without, so that the call reaches the scoping instead of stopping at a
     * 400: the figures of this year, and a data-subject search for a valid BSN (11-test) nobody registered.
     */
    private static String requiredQuery(String path) {
        if (path.endsWith("/api/figures")) {
            return "?year=" + java.time.Year.now(java.time.ZoneId.of("Europe/Amsterdam")).getValue();
        }
        if (path.endsWith("/api/subject")) {
            return "?bsn=111222333";
        }
        return "";
    }

    /** The national analyst names the house whose figures it reads (the seeded records are De Markiezaten's). */
    private static String forPrincipal(String path, Endpoints.Operation op, Principal p) {
        if (!p.role().equals(NATIONAL) || !op.method().equals("GET") || !op.path().contains("figures")) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + "house=markiezaten";
    }

    private HttpResponse<String> call(Endpoints.Operation op, String path, String token) {
        try {
            return send(op, path, token);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(op.endpoint() + ": " + e, e);
        }
    }

    private HttpResponse<String> send(Endpoints.Operation op, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(LocalStack.GATEWAY + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (op.method().equals("GET")) {
            b.GET();
        } else if ("multipart/form-data".equals(op.mediaType())) {
            String boundary = "matrix" + System.nanoTime();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 matrix\r\n--" + boundary + "--\r\n";
            b.header("Content-Type", "multipart/form-data; boundary=" + boundary).method(op.method(),
                    HttpRequest.BodyPublishers.ofString(body));
        } else {
            String body = PROBE_ONLY.contains(op.endpoint()) ? PROBE_BODY : op.body() == null ? "" : op.body();
            if (op.body() != null || PROBE_ONLY.contains(op.endpoint())) {
                b.header("Content-Type", "application/json");
            }
            b.method(op.method(), HttpRequest.BodyPublishers.ofString(body));
        }
        for (int attempt = 0;; attempt++) {
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                if (attempt >= 2) {
                    throw e;
                }
            }
        }
    }

    private String token(Principal p) {
        String cached = tokens.get(p.username());
        if (cached != null) {
            return cached.isEmpty() ? null : cached;
        }
        synchronized (tokens) {
            cached = tokens.get(p.username());
            if (cached == null) {
                // privacy officers log in with their second factor (TOTP of the demo authenticator)
                cached = p.clientSecret() != null
                        ? Keycloak.clientToken(p.username(), p.clientSecret())
                        : p.role().equals("privacy-officer")
                                ? Keycloak.privacyOfficerToken(p.username())
                                : Keycloak.userToken(p.username());
                tokens.put(p.username(), cached);
            }
            return cached.isEmpty() ? null : cached;
        }
    }

    static List<Principal> principals() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("own", "politie-");
        prefixes.put("other-org", "woonkwartier-");
        prefixes.put("other-house", "haaglanden-");
        List<Principal> principals = new ArrayList<>();
        for (String role : Matrix.ROLES) {
            if (role.equals("partner-system")) {
                principals.add(new Principal(role, "own", "police-zwb-system", "police-dev-secret"));
                principals.add(new Principal(role, "other-org", "dji-prison-service", "dji-dev-secret"));
                continue;
            }
            if (role.equals(NATIONAL)) { // no organisation of a house and no house: one principal, scope "own"
                principals.add(new Principal(role, "own", "national-analyst", null));
                continue;
            }
            prefixes.forEach((scope, prefix) -> principals.add(new Principal(role, scope, prefix + role, null)));
        }
        return principals;
    }
}
