package nl.zvh.coveca.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import nl.zvh.platform.audit.AuditAnchor;
import nl.zvh.platform.audit.AuditChainAnchors;
import org.junit.jupiter.api.Test;

/**
 * The attack of issue 23, item 4: the service connected as the owner of its audit table, TRUNCATE was not refused, any
 * session could switch on the sealing guard, and after deleting one row and re-sealing the verification still said
 * valid. Now the service's runtime role may only append and read (no UPDATE, DELETE, TRUNCATE, no chain columns, no
 * guard to switch on); and what the owner of the database can still do - triggers off, delete a row, re-seal the rest
 * into a chain consistent in itself - is found by the verification against the signed anchors published outside the
 * database.
 */
@QuarkusTest
class RuntimeRoleCannotRewriteTheAuditChainTest {

    @Inject
    AgroalDataSource ds;

    @Inject
    AuditChainAnchors anchors;

    @Test
    void theServiceRoleMayOnlyAppendAndReadTheAuditTables() throws SQLException {
        assertEquals("coveca_app", AuditTable.text(ds, "select current_user"), "the service's runtime role");
        assertEquals("coveca", AuditTable.text(ds, "select tableowner from pg_tables where tablename = 'audit_log'"),
                "the owner, whom Flyway migrates as");
        for (String attack : new String[]{"delete from audit_log", "update audit_log set purpose = 'x'",
                "truncate audit_log", "truncate audit_chain_head", "update audit_chain_head set chain_seq = 1",
                "delete from audit_chain_head", "alter table audit_log disable trigger user",
                "insert into audit_log (action, resource_type, user_id, purpose, outcome, chain_seq, prev_hash, hash)"
                        + " values ('READ', 'x', 'u', 'p', 'SUCCESS', 999999, 'x', 'x')"}) {
            SQLException refused = assertThrows(SQLException.class, () -> asService(attack), attack);
            assertTrue(refused.getMessage().contains("permission denied")
                    || refused.getMessage().contains("must be owner"), attack + ": " + refused.getMessage());
        }
        SQLException guard = assertThrows(SQLException.class,
                () -> asService("set zvh.audit_sealing = 'on'", "delete from audit_log"));
        assertTrue(guard.getMessage().contains("permission denied"), guard.getMessage());
        asService(
                "insert into audit_log (action, resource_type, user_id, purpose, outcome)"
                        + " values ('READ', 'coveca-case', 'appender', 'append-test', 'SUCCESS')",
                "select audit_chain_seal(10)");
        assertTrue(
                AuditTable.number(ds,
                        "select count(*) from audit_log where user_id = 'appender'" + " and chain_seq is not null") > 0,
                "appending and sealing through the function is allowed");
    }

    @Test
    void evenTheOwnerCannotTruncateWhileTheTriggersAreOn() throws SQLException {
        try (Connection c = AuditTable.asOwner(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute("truncate audit_log"));
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void theOwnerDeletingOneRowAndResealingIsCaughtByTheAnchors() throws Exception {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Anker");
        AuditAnchor before = anchors.publishNow();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().statusCode(200);
        }
        AuditAnchor after = anchors.publishNow();
        assertTrue(after.sequence() > before.sequence(), "rows between the two anchors");
        verification().body("valid", equalTo(true)).body("anchors", greaterThan(1));

        long deleted = before.sequence() + 1;
        AuditTable.asDatabaseAdministrator("select 1 from audit_chain_head for update",
                "create table audit_before as select * from audit_log where chain_seq >= " + deleted,
                "create table audit_head_before as select * from audit_chain_head",
                "delete from audit_log where chain_seq = " + deleted,
                "update audit_log set chain_seq = null, prev_hash = null, hash = null where chain_seq > " + deleted,
                "update audit_chain_head set chain_seq = " + before.sequence() + ", hash = '" + before.hash() + "'");
        try (Connection c = AuditTable.asOwner(); Statement s = c.createStatement()) {
            s.execute("select audit_chain_seal(10000)");
        }
        try {
            verification().body("valid", equalTo(false)).body("firstBrokenSequence", equalTo((int) deleted))
                    .body("problem", startsWith("chain rewritten"));
        } finally {
            AuditTable.asDatabaseAdministrator("select 1 from audit_chain_head for update",
                    "create table audit_later as select * from audit_log where id not in (select id from audit_before)"
                            + " and (chain_seq is null or chain_seq >= " + deleted + ")",
                    "delete from audit_log where chain_seq >= " + deleted + " or chain_seq is null",
                    "insert into audit_log select * from audit_before",
                    "update audit_chain_head set (chain_seq, hash) = (select chain_seq, hash from audit_head_before)",
                    "insert into audit_log select * from audit_later",
                    "update audit_log set chain_seq = null, prev_hash = null, hash = null"
                            + " where id in (select id from audit_later)",
                    "drop table audit_before, audit_head_before, audit_later");
        }
        verification().body("valid", equalTo(true));
    }

    private void asService(String... statements) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private io.restassured.response.ValidatableResponse verification() {
        return given().auth().oauth2(Tokens.privacyOfficer()).when().get("/api/audit/verify").then().statusCode(200);
    }
}
