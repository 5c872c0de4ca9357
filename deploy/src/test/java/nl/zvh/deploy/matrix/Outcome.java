package nl.zvh.deploy.matrix;

/**
 * What a response means for authorisation. A 400 counts as "allowed" only because every service decides
 * authorisation (roles, then house and organisation scope) before it validates the request: a denied role gets 403
 * and an out-of-scope record 404 whatever the body, so a 400 can never hide a missing check — the matrix would show
 * it as an unexpected {@code allow} where 403 or 404 is declared.
 */
enum Outcome {
    /** Passed authorisation and scoping: 2xx, 3xx, or 400/409/422 about the request itself. */
    ALLOW("allow"),
    /** A collection read that passes (200) but contains none of the own organisation's seeded records. */
    FILTERED("filtered"),
    /**
     * Exactly 400, declared explicitly for a record out of the caller's scope: the service refused the request body
     * (Bean Validation) before looking the record up; the answer is the same for a record that does not exist, so
     * it reveals nothing. Only ever declared by hand, never implied by {@code allow} in another scope.
     */
    INVALID("400"), UNAUTHORISED("401"), FORBIDDEN("403"), NOT_FOUND("404"),
    /** Anything else (5xx, 405, 415...): always a failure. */
    ERROR("error");

    final String code;

    Outcome(String code) {
        this.code = code;
    }

    static Outcome parse(String code) {
        for (Outcome o : values()) {
            if (o.code.equals(code)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + code + "' (allow, filtered, 401, 403, 404)");
    }

    /** Classifies a response; {@code leaksOwnRecords} tells whether the body mentions an own seeded record. */
    static Outcome of(int status, boolean leaksOwnRecords) {
        if (status >= 200 && status < 400) {
            return leaksOwnRecords ? ALLOW : FILTERED;
        }
        return switch (status) {
            case 400, 409, 422 -> ALLOW;
            case 401 -> UNAUTHORISED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            default -> ERROR;
        };
    }

    /** Whether an actual outcome satisfies the declared one ({@code allow} accepts a filtered 200 too). */
    boolean satisfies(Outcome declared, int status) {
        if (declared == INVALID) {
            return status == 400;
        }
        // filtered: nothing of the own organisation shown; "nothing there" (404) shows nothing either
        return this == declared || (declared == ALLOW && this == FILTERED)
                || (declared == FILTERED && this == NOT_FOUND);
    }

    /** More access than declared: the failure this test exists for. */
    boolean isMoreAccessThan(Outcome declared, int status) {
        if (declared == INVALID) {
            return status < 400;
        }
        boolean reached = this == ALLOW || this == FILTERED;
        return (reached && (declared == FORBIDDEN || declared == NOT_FOUND || declared == UNAUTHORISED))
                || (this == ALLOW && declared == FILTERED);
    }
}
