package nl.zvh.platform.breakglass;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reads {@code break_glass_grant} rows: the one select list and its mapping. */
final class GrantRows {
    static final String SELECT = """
            select cast(id as varchar), resource_type, resource_id, person_refs, user_id, user_name, organisation, house,
                   roles, reason, granted_at, expires_at, user_display_name, owner_organisation, owner_user_id,
                   owner_user_name, reviewed_at, reviewer_id, reviewer_name, review_verdict, review_note
            from break_glass_grant""";

    private GrantRows() {
    }

    static BreakGlassGrant grant(Object[] r, Instant now) {
        OffsetDateTime expires = time(r[11]);
        String refs = (String) r[3];
        BreakGlassOwner owner = r[13] == null && r[14] == null && r[15] == null
                ? null
                : new BreakGlassOwner((String) r[13], (String) r[14], (String) r[15]);
        BreakGlassReview review = r[16] == null
                ? null
                : new BreakGlassReview((String) r[19], (String) r[20], (String) r[17], (String) r[18], time(r[16]));
        return new BreakGlassGrant(UUID.fromString(r[0].toString()), (String) r[1], (String) r[2],
                refs == null || refs.isEmpty() ? List.of() : Arrays.asList(refs.split(",")), (String) r[4],
                (String) r[5], (String) r[12], (String) r[6], (String) r[7], (String) r[8], (String) r[9], time(r[10]),
                expires, expires.toInstant().isAfter(now), owner, review);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
