package nl.zvh.gateway.privacy;

import io.vertx.core.json.JsonObject;

/**
 * Per service: whether its audit chain verified, how many rows, and why not. {@code problem} and {@code error} are the
 * API's English texts; the page reads {@code problemCode} (a label of {@code AuditChainProblem}),
 * {@code firstBrokenSequence}, {@code failure} and {@code failedStatus}.
 *
 * @param failure       {@link Failure} when the service did not (fully) answer, else null
 * @param failedStatus  the HTTP status the service answered when it failed, 0 when it was not reachable
 * @param limitReached  the service returned as many entries as asked: older entries may exist
 */
public record ServiceStatus(String service, Boolean chainValid, long rows, String problem, String error,
        String problemCode, Long firstBrokenSequence, Failure failure, int failedStatus, boolean limitReached) {

    /** Why a service's part is missing. */
    public enum Failure {
        /** the audit search was refused or failed */
        SEARCH,
        /** the chain verification was refused or failed */
        VERIFY,
        /** no answer at all */
        UNREACHABLE
    }

    /**
     * The code of one of the chain verifier's problems ({@code AuditChainVerifier} and its anchors outside the database,
     * {@code AuditChainAnchors}, of platform-commons); null for a text it does not know (then shown as it is).
     */
    static String problemCode(String problem) {
        if (problem == null) {
            return null;
        }
        if (problem.startsWith("content changed")) {
            return "CONTENT_CHANGED";
        }
        if (problem.startsWith("row(s) missing")) {
            return "ROWS_MISSING";
        }
        if (problem.startsWith("link to the previous row")) {
            return "LINK_BROKEN";
        }
        if (problem.startsWith("last row(s) missing")) {
            return "LAST_ROWS_MISSING";
        }
        if (problem.startsWith("chain rewritten")) {
            return "CHAIN_REWRITTEN"; // consistent in itself, but no longer what the signed anchors outside hold
        }
        if (problem.startsWith("anchors outside the database not readable")) {
            return "ANCHORS_UNREADABLE";
        }
        return null;
    }

    JsonObject json() {
        return new JsonObject().put("service", service).put("chainValid", chainValid).put("rows", rows)
                .put("problem", problem).put("error", error);
    }
}
