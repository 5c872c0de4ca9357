package nl.zvh.coveca.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The audit log is a SHA-256 hash chain: a privacy officer's verification finds a changed row, a deleted row and a
 * deleted last row; many transactions appending at the same time still leave one valid, gapless chain (and a
 * verification running meanwhile sees a valid chain); entries are linked shortly after their commit, without waiting
 * for a verification; the application cannot update or delete entries, nor seal them itself.
 */
@QuarkusTest
class TamperedAuditChainIsDetectedTest {

    @Inject
    AgroalDataSource ds;

    @Test
    void changedOrDeletedEntriesBreakTheChain() throws SQLException {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Ketting");
        given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().statusCode(200);
        verification().body("valid", equalTo(true)).body("firstBrokenSequence", nullValue()).body("rows",
                greaterThan(0));

        long seq = AuditTable.number(ds,
                "select min(chain_seq) from audit_log where resource_id = ? and action = 'READ'", caseId);
        String user = AuditTable.text(ds, "select user_id from audit_log where chain_seq = ?", seq);
        AuditTable.asDatabaseAdministrator("update audit_log set user_id = 'someone-else' where chain_seq = " + seq);
        verification().body("valid", equalTo(false)).body("firstBrokenSequence", equalTo((int) seq)).body("problem",
                equalTo("content changed"));
        AuditTable.asDatabaseAdministrator("update audit_log set user_id = '" + user + "' where chain_seq = " + seq);
        verification().body("valid", equalTo(true));

        AuditTable.asDatabaseAdministrator(
                "create table audit_removed as select * from audit_log where chain_seq = " + seq,
                "delete from audit_log where chain_seq = " + seq);
        verification().body("valid", equalTo(false)).body("firstBrokenSequence", equalTo((int) seq + 1)).body("problem",
                equalTo("row(s) missing before this one"));
        AuditTable.asDatabaseAdministrator("insert into audit_log select * from audit_removed",
                "drop table audit_removed");
        verification().body("valid", equalTo(true));

        long last = AuditTable.number(ds, "select max(chain_seq) from audit_log");
        AuditTable.asDatabaseAdministrator(
                "create table audit_removed as select * from audit_log where chain_seq = " + last,
                "delete from audit_log where chain_seq = " + last);
        verification().body("valid", equalTo(false)).body("problem", equalTo("last row(s) missing"));
        AuditTable.asDatabaseAdministrator("insert into audit_log select * from audit_removed",
                "drop table audit_removed");
        verification().body("valid", equalTo(true));
    }

    @Test
    void concurrentAppendsFormOneGaplessChain() throws Exception {
        long before = AuditTable.number(ds, "select count(*) from audit_log");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        try (Connection c = ds.getConnection()) {
                            c.setAutoCommit(false);
                            try (PreparedStatement s = c.prepareStatement("""
                                    insert into audit_log (action, resource_type, resource_id, person_ref, user_id,
                                        house, purpose, outcome) values ('READ', 'coveca-case', ?, ?, ?, 'markiezaten',
                                        'concurrency-test', 'SUCCESS')""")) {
                                s.setString(1, "case-" + thread + "-" + i);
                                s.setString(2, "person-" + thread);
                                s.setString(3, "writer-" + thread);
                                s.executeUpdate();
                            }
                            Thread.sleep(2);
                            c.commit();
                        }
                    }
                    return null;
                }));
            }
            // verifying while others append must never report a broken chain
            while (writers.stream().anyMatch(w -> !w.isDone())) {
                verification().body("valid", equalTo(true));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 200, AuditTable.number(ds, "select count(*) from audit_log"));
        verification().body("valid", equalTo(true)).body("rows", equalTo((int) before + 200));
        assertEquals(AuditTable.number(ds, "select max(chain_seq) from audit_log"),
                AuditTable.number(ds, "select count(*) from audit_log"), "positions 1..n without gaps");
        verification().body("valid", equalTo(true));
    }

    @Test
    void entriesAreLinkedIntoTheChainShortlyAfterTheirCommitWithoutAVerification() throws Exception {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Verzegeld");
        given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> AuditTable.number(ds,
                "select count(*) from audit_log where resource_id = ? and chain_seq is null", caseId) == 0);
        assertTrue(AuditTable.number(ds, "select count(*) from audit_log where resource_id = ?", caseId) > 0);
    }

    private io.restassured.response.ValidatableResponse verification() {
        return given().auth().oauth2(Tokens.privacyOfficer()).when().get("/api/audit/verify").then().statusCode(200);
    }
}
