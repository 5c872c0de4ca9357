package nl.zvh.platform.failure;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Tells passing database failures from lasting ones by looking through the causes (and suppressed exceptions: the
 * transaction manager reports a failed commit that way). A passing failure says nothing about the request or event
 * itself: the same work succeeds when tried again later. A lasting one (a constraint violated, a value too long, a
 * bug) fails again however often it is tried.
 */
public final class DatabaseFailures {
    private static final Set<String> LOST_RACE = Set.of("40001", "40P01", "55P03");

    private DatabaseFailures() {
    }

    /**
     * The database cannot be reached or is not accepting work right now: connection refused or lost (SQL state class
     * 08), the server shutting down or starting (57P01–57P03), too many connections or out of resources (class 53),
     * or no pooled connection within the pool's acquisition timeout.
     */
    public static boolean unavailable(Throwable e) {
        return any(e,
                t -> t instanceof java.sql.SQLTransientConnectionException
                        || t instanceof java.sql.SQLRecoverableException || t instanceof java.net.ConnectException
                        || t instanceof org.hibernate.exception.JDBCConnectionException
                        || t instanceof SQLException sql && (unavailableState(sql.getSQLState())
                                || sql.getSQLState() == null && poolAcquisitionTimeout(sql)));
    }

    /**
     * Worth trying again as a whole transaction: {@link #unavailable(Throwable)}, or the transaction lost a race with
     * another one (serialization failure 40001, deadlock 40P01, lock not available 55P03).
     */
    public static boolean retryable(Throwable e) {
        return unavailable(e) || any(e, t -> t instanceof SQLException sql && sql.getSQLState() != null
                && LOST_RACE.contains(sql.getSQLState()));
    }

    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"));
    }

    /** Agroal's "Acquisition timeout while waiting for new connection" (no SQL state; a TimeoutException as cause). */
    private static boolean poolAcquisitionTimeout(SQLException sql) {
        String message = sql.getMessage();
        return sql.getCause() instanceof TimeoutException
                || message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    private static boolean any(Throwable e, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (e != null) {
            todo.add(e);
        }
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return false;
    }
}
