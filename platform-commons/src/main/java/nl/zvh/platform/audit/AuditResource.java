package nl.zvh.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.validation.BsnValidator;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The service's audit log for the privacy officer of a house: search (itself audited) and chain verification. The
 * house's own privacy officer searches the house; a partner organisation's privacy officer its own organisation's part
 * ({@link AuditScope}), enforced in the query.
 * Every service gets this resource from platform-commons.
 */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AuditResource.PRIVACY_OFFICER)
public class AuditResource {
    public static final String PRIVACY_OFFICER = "privacy-officer";
    public static final String TYPE = "audit-log";
    public static final String PURPOSE = "privacy-supervision";
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    @Inject
    CurrentUser user;

    @Inject
    AuditSearch search;

    @Inject
    AuditScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AuditChainVerifier verifier;

    @Inject
    Instance<AuditPersonDirectory> directories;

    @GET
    @Transactional
    @Operation(summary = "Audit entries of the caller's house (a partner organisation's privacy officer: only entries"
            + " by its own organisation's users and about its own records), newest first; person = platform person"
            + " id, bsn = the person's BSN (mapped to this service's person ids), user = user id or name, from/to = date or"
            + " date-time (to exclusive), action, breakGlass=true for emergency access only. The search is audited.")
    public List<AuditEntry> search(@QueryParam("person") String person, @QueryParam("bsn") String bsn,
            @QueryParam("user") String userFilter, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("action") String action, @QueryParam("breakGlass") Boolean breakGlass,
            @QueryParam("resourceId") String resourceId, @QueryParam("limit") Integer limit) {
        String house = scope.house();
        String organisation = scope.organisation().orElse(null);
        List<String> persons = persons(house, blankToNull(person), blankToNull(bsn));
        int max = limit == null ? 200 : limit;
        if (max < 1 || max > 1000) {
            throw ProblemException.invalid("limit", "must be between 1 and 1000");
        }
        List<AuditEntry> entries = search.search(new AuditQuery(house, organisation, persons, blankToNull(userFilter),
                instant("from", from), instant("to", to), action(action), breakGlass, blankToNull(resourceId), max));
        if (persons == null) {
            audit.record(AuditAction.SEARCH, TYPE, null, null, PURPOSE);
        } else {
            persons.forEach(ref -> audit.record(AuditAction.SEARCH, TYPE, null, ref, PURPOSE));
        }
        return entries;
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Verifies this service's audit hash chain (changed, deleted or missing rows are reported)")
    public AuditChainVerifier.Verification verify() {
        user.requireHouse();
        return verifier.verify();
    }

    private List<String> persons(String house, String person, String bsn) {
        if (person == null && bsn == null) {
            return null;
        }
        Set<String> refs = new LinkedHashSet<>();
        if (person != null) {
            refs.add(person);
        }
        if (bsn != null) {
            if (!BsnValidator.isValidBsn(bsn)) {
                throw ProblemException.invalid("bsn", "is not a valid BSN");
            }
            for (AuditPersonDirectory directory : directories) {
                refs.addAll(directory.personRefs(house, bsn));
            }
        }
        return new ArrayList<>(refs);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(DUTCH_TIME).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date (2026-01-31) or a date-time with offset");
        }
    }

    private static AuditAction action(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("action", "must be one of " + List.of(AuditAction.values()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
