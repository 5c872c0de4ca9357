package nl.zvh.gateway.privacy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.zvh.gateway.factor.SecondFactorRequired;
import nl.zvh.gateway.fanout.Caller;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.shell.Shell;

/**
 * The privacy officer's view over all six services: the audit log search (break-glass entries marked, paged and
 * sortable), each service's chain verification, the break-glass grants, and a person's own access log (AVG
 * inzageverzoek) by platform person id and/or BSN, as a page or as JSON. Every search is audited by the services.
 */
@Path("/privacy")
@RolesAllowed("privacy-officer")
@SecondFactorRequired("privacy-officer")
public class PrivacyResource {

    /** Entries per page. */
    static final int PAGE_SIZE = 50;
    /** In a person's access log, the same access repeated within this time is one line. */
    static final Duration REPEATS_WITHIN = Duration.ofMinutes(15);
    /** Grants on the overview; the rest on {@code /privacy/break-glass}. */
    static final int GRANTS_ON_OVERVIEW = 10;

    /** One page of entries, the services whose newest entries only were fetched, and those that did not answer. */
    public record Entries(List<AuditLine> lines, Paging paging, String limitedServices, List<StatusLine> missing) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Form form, List<Option> actions, Entries entries,
                List<StatusLine> services, List<GrantLine> grants, int grantsTotal, int toReview, int overdue);

        static native TemplateInstance accessLog(Form form, Entries entries, String jsonHref);

        static native TemplateInstance grants(List<GrantLine> grants, Paging paging, int toReview, int overdue,
                boolean saved);

        static native TemplateInstance review(GrantLine grant, Form form, List<Option> verdicts, String refused);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditFanOut fanOut;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response overview(@Context UriInfo uri) {
        Locale locale = shell.locale();
        Map<String, String> query = query(uri);
        AuditFilters filters = AuditFilters.search(query, messages(locale));
        List<Option> actions = AuditFilters.ACTIONS.stream()
                .map(a -> new Option(a, CodeLabels.of("AuditAction", a, locale))).toList();
        if (!filters.valid()) {
            return Response.status(400)
                    .entity(Templates.overview(filters.form(), actions, null, List.of(), List.of(), 0, 0, 0)).build();
        }
        AuditFanOut.Overview result = fanOut.search(Caller.of(token()), filters.services(), true);
        List<GrantLine> grants = result.grants().stream().limit(GRANTS_ON_OVERVIEW).map(g -> GrantLine.of(g, locale))
                .toList();
        PrivacyMessages m = messages(locale);
        List<StatusLine> services = result.services().stream().map(s -> StatusLine.of(s, m, locale))
                .sorted(java.util.Comparator.comparing(StatusLine::order)).toList();
        int[] due = GrantRow.due(result.grants());
        return Response.ok(Templates.overview(filters.form(), actions, entries(result, query, "/privacy", locale),
                services, grants, result.grants().size(), due[0], due[1])).build();
    }

    @GET
    @Path("/audit")
    @Produces(MediaType.APPLICATION_JSON)
    public Response overviewJson(@QueryParam("person") String person, @QueryParam("bsn") String bsn,
            @QueryParam("user") String user, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("action") String action, @QueryParam("breakGlass") String breakGlass) {
        return Response
                .ok(fanOut.search(Caller.of(token()), filters(person, bsn, user, from, to, action, breakGlass), true)
                        .json().encode())
                .build();
    }

    @GET
    @Path("/access-log")
    @Produces(MediaType.TEXT_HTML)
    public Response accessLog(@Context UriInfo uri) {
        Locale locale = shell.locale();
        Map<String, String> query = query(uri);
        if (blank(query.get("person")) && blank(query.get("bsn"))) {
            return Response.ok(Templates.accessLog(Form.empty(), null, null)).build();
        }
        AuditFilters filters = AuditFilters.person(query, messages(locale));
        if (!filters.valid()) {
            return Response.status(400).entity(Templates.accessLog(filters.form(), null, null)).build();
        }
        AuditFanOut.Overview result = fanOut.search(Caller.of(token()), filters.services(), false);
        String json = "/privacy/access-log.json?"
                + filters.services().entrySet().stream().filter(e -> e.getValue() != null)
                        .map(e -> e.getKey() + "="
                                + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return Response.ok(Templates.accessLog(filters.form(),
                entries(result, query, "/privacy/access-log", locale, REPEATS_WITHIN), json)).build();
    }

    @GET
    @Path("/access-log.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response accessLogJson(@QueryParam("person") String person, @QueryParam("bsn") String bsn) {
        if (blank(person) && blank(bsn)) {
            return Response.status(400).type("application/problem+json")
                    .entity("{\"type\":\"about:blank\","
                            + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"person or bsn is required\","
                            + "\"errors\":[{\"field\":\"person\",\"message\":\"person or bsn is required\"}]}")
                    .build();
        }
        AuditFanOut.Overview result = fanOut.search(Caller.of(token()),
                filters(person, bsn, null, null, null, null, null), false);
        return Response
                .ok(new io.vertx.core.json.JsonObject().put("person", person).put("bsn", bsn)
                        .put("accesses",
                                new io.vertx.core.json.JsonArray(
                                        result.entries().stream().map(AuditRow::json).toList()))
                        .put("services",
                                new io.vertx.core.json.JsonArray(
                                        result.services().stream().map(ServiceStatus::json).toList()))
                        .encode())
                .build();
    }

    /** Sorts and pages the entries; newest first unless the person chose another order. */
    private static Entries entries(AuditFanOut.Overview result, Map<String, String> query, String path, Locale locale) {
        return entries(result, query, path, locale, null);
    }

    /** One page of entries; with {@code repeatsWithin}, repeated accesses within that time are one line. */
    private static Entries entries(AuditFanOut.Overview result, Map<String, String> query, String path, Locale locale,
            Duration repeatsWithin) {
        Map<String, String> sorted = new LinkedHashMap<>(query);
        if (blank(sorted.get("sort"))) {
            sorted.put("sort", AuditLine.TIME);
            sorted.put("dir", "desc");
        }
        List<AuditLine> all = result.entries().stream().map(r -> AuditLine.of(r, locale)).toList();
        if (repeatsWithin != null) {
            var newestFirst = AuditLine.order(AuditLine.TIME, locale).reversed();
            all = AuditLine.grouped(all.stream().sorted(newestFirst).toList(), repeatsWithin);
        }
        Paging paging = Paging.of(path, sorted, PAGE_SIZE, all.size(), AuditLine.TIME);
        var order = AuditLine.order(paging.sort(), locale);
        List<AuditLine> lines = all.stream().sorted(paging.descending() ? order.reversed() : order)
                .skip(paging.offset()).limit(paging.size()).toList();
        String limited = result.services().stream().filter(ServiceStatus::limitReached)
                .map(s -> CodeLabels.service(s.service(), locale)).collect(Collectors.joining(", "));
        PrivacyMessages m = messages(locale);
        List<StatusLine> missing = result.services().stream().filter(
                s -> s.failure() == ServiceStatus.Failure.SEARCH || s.failure() == ServiceStatus.Failure.UNREACHABLE)
                .map(s -> StatusLine.of(s, m, locale)).toList();
        return new Entries(lines, paging, limited.isEmpty() ? null : limited, missing);
    }

    static Map<String, String> query(UriInfo uri) {
        Map<String, String> query = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((k, v) -> {
            if (!v.isEmpty()) {
                query.put(k, v.get(0));
            }
        });
        return query;
    }

    static PrivacyMessages messages(Locale locale) {
        return "en".equals(locale.getLanguage())
                ? MessageBundles.get(PrivacyMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(PrivacyMessages.class);
    }

    private static Map<String, String> filters(String person, String bsn, String user, String from, String to,
            String action, String breakGlass) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("person", person);
        filters.put("bsn", bsn);
        filters.put("user", user);
        filters.put("from", from);
        filters.put("to", to);
        filters.put("action", action);
        filters.put("breakGlass", breakGlass);
        return filters;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String token() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? "" : credential.getToken();
    }
}
