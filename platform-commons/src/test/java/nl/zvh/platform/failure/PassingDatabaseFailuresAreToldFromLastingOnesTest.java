package nl.zvh.platform.failure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * The failures a consumer waits out (and the API answers with 503) are the database being away or a lost race, as
 * the PostgreSQL driver, Hibernate, the pool and the transaction manager report them; a violated constraint or a bad
 * value is lasting and must not be retried forever.
 */
class PassingDatabaseFailuresAreToldFromLastingOnesTest {

    @Test
    void refusedOrLostConnectionsAndAServerShuttingDownAreUnavailable() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:15432 refused",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT, new java.net.ConnectException("Connection refused"));
        assertTrue(DatabaseFailures.unavailable(refused));
        assertTrue(DatabaseFailures.unavailable(new JDBCConnectionException("could not prepare statement",
                new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE))));
        assertTrue(DatabaseFailures.unavailable(new RuntimeException("wrapped",
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseFailures.unavailable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("sorry, too many clients already", "53300")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("Exception while creating new connection", refused)));
        assertTrue(DatabaseFailures.unavailable(
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException())));
    }

    @Test
    void aCommitThatFailedBecauseTheConnectionWentIsUnavailableThroughItsSuppressedCause() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(
                new PSQLException("An I/O error occurred while sending to the backend", PSQLState.CONNECTION_FAILURE));
        assertTrue(DatabaseFailures.unavailable(new IllegalStateException("commit failed", commit)));
    }

    @Test
    void lostRacesAreRetryableButNotUnavailable() {
        SQLException deadlock = new SQLException("deadlock detected", "40P01");
        SQLException serialization = new SQLException("could not serialize access", "40001");
        assertTrue(DatabaseFailures.retryable(deadlock));
        assertTrue(DatabaseFailures.retryable(new RuntimeException(serialization)));
        assertFalse(DatabaseFailures.unavailable(deadlock), "a deadlock is no reason for a 503");
    }

    @Test
    void violatedConstraintsBadValuesAndBugsAreLasting() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        assertFalse(DatabaseFailures.retryable(new ConstraintViolationException("dup", unique, "pk")));
        assertFalse(
                DatabaseFailures.retryable(new SQLException("value too long for type character varying(20)", "22001")));
        assertFalse(DatabaseFailures.retryable(new SQLException("no state at all")));
        assertFalse(DatabaseFailures.retryable(new NullPointerException()));
        assertFalse(DatabaseFailures.retryable(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseFailures.retryable(a));
    }
}
