package nl.zvh.gateway.privacy;

import java.util.Locale;
import nl.zvh.platform.ui.shell.Programme;

/**
 * A service's row of the chain table as the privacy officer reads it.
 *
 * @param service    the route name (for {@code data-service})
 * @param name       the programme's name
 * @param chainValid true intact, false broken, null unknown
 * @param text       what is wrong with the chain (broken or unknown), in words
 * @param reason     why the service did not (fully) answer, in words; null when it did
 */
public record StatusLine(String service, String name, Boolean chainValid, long rows, String text, String reason) {

    /** The place of the service in the case flow (the programme menu's order); unknown services last. */
    int order() {
        try {
            return Programme.valueOf(service.toUpperCase(Locale.ROOT)).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    static StatusLine of(ServiceStatus s, PrivacyMessages m, Locale locale) {
        String text = null;
        String reason = s.failure() == null ? null : switch (s.failure()) {
            case SEARCH -> m.failure_search(s.failedStatus());
            case VERIFY -> m.failure_verify(s.failedStatus());
            case UNREACHABLE -> m.failure_unreachable();
        };
        if (s.chainValid() == null) {
            text = m.chain_unknown(reason == null ? m.failure_unreachable() : reason);
        } else if (!s.chainValid()) {
            String problem = s.problemCode() == null
                    ? s.problem()
                    : CodeLabels.of("AuditChainProblem", s.problemCode(), locale);
            text = m.chain_broken(problem, s.firstBrokenSequence());
        }
        return new StatusLine(s.service(), CodeLabels.service(s.service(), locale), s.chainValid(), s.rows(), text,
                reason);
    }
}
