package nl.zvh.trafficking.signal;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.zvh.platform.audit.AuditAction;

/**
 * The coordinator's signals inbox with its filters (exploitation type, channel, source organisation, minors), in
 * the caller's scope. Every signal listed is audited per person, as {@link Signals#list} does.
 */
@ApplicationScoped
public class SignalInbox {
    static final String PURPOSE = "trafficking-care-coordination";

    /** The filters of the inbox; a null filter does not filter. */
    public record Filter(ExploitationType type, Channel channel, SourceType source, Minority minority) {
        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    @Inject
    SignalScope scope;

    @Inject
    Signals signals;

    @Transactional
    public long count(Filter filter) {
        Parameters parameters = scope.parameters();
        return Signal.count(where(filter, parameters), parameters);
    }

    /** One page (from 0) of the filtered inbox, newest first. */
    @Transactional
    public List<SignalSummary> page(Filter filter, int page, int size) {
        Parameters parameters = scope.parameters();
        List<Signal> found = Signal
                .<Signal>find(where(filter, parameters), Sort.descending("receivedOn", "createdAt"), parameters)
                .page(Page.of(page, size)).list();
        found.forEach(s -> signals.auditPersons(AuditAction.SEARCH, s, PURPOSE));
        return found.stream().map(s -> SignalSummary.of(s, signals.approachOf(s.id))).toList();
    }

    private String where(Filter filter, Parameters parameters) {
        StringBuilder where = new StringBuilder(scope.where());
        and(where, parameters, "type", filter.type(), " and :type member of exploitationTypes");
        and(where, parameters, "channelFilter", filter.channel(), " and channel = :channelFilter");
        and(where, parameters, "source", filter.source(), " and sourceType = :source");
        if (filter.minority() != null) {
            where.append(switch (filter.minority()) {
                case MINOR -> " and minor = true";
                case ADULT -> " and minor = false";
                case UNKNOWN -> " and minor is null";
            });
        }
        return where.toString();
    }

    /** Adds {@code condition} with its parameter when the filter has a value. */
    private static void and(StringBuilder where, Parameters parameters, String name, Object value, String condition) {
        if (value != null) {
            where.append(condition);
            parameters.and(name, value);
        }
    }
}
