package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, attack 4, on the stack's real PostgreSQL, broker and gateway. The attack: the service's own database role
 * truncates the audit log, switches on the sealing guard, deletes a row and re-seals the chain, and the verification
 * still says valid. On the stack a service runs as {@code <db>_app} (stack.sh), and that role may only read and append:
 * TRUNCATE, DELETE and UPDATE of {@code audit_log} and {@code audit_chain_head}, switching triggers off and writing the
 * chain columns are refused, and the session setting that used to be the sealing guard lets no delete through; even
 * the owner cannot TRUNCATE while the triggers are on. What the owner (whom Flyway migrates as, or a DBA) can still do
 * - triggers off, delete one row, re-seal the rest into a chain consistent in itself - is caught by the signed anchors
 * on the broker: the service's {@code GET /api/audit/verify}, asked through the gateway by the house's privacy officer
 * (password and TOTP), and the privacy overview's chain table report the chain rewritten.
 *
 * <p>
 * Would fail without the control: with the old grants (the service connecting as the owner, or any UPDATE/DELETE/
 * TRUNCATE right) the refusals are not thrown; without anchors the verification of the re-sealed chain says valid
 * (the re-sealed chain is consistent in itself: the problem asserted is "chain rewritten", which only the anchors
 * report; a broken link would be reported as "row(s) missing").
 *
 * <p>
 * <b>Shared stack.</b> Every service's chain is verified by other tests ({@code BreakGlassIsReportedToThePrivacyOfficerIT},
 * {@code BreakGlassIsReviewedByThePrivacyOfficerOnScreenIT} expect all six chains valid), so no chain can be left
 * broken. The re-integration chain (one chain suffices) is tampered with and restored exactly in a {@code finally}: the
 * deleted row and the original positions and hashes go back, rows written meanwhile are sealed again after them, and
 * the verification must say valid again. An anchor published while the chain is rewritten would hold the rewritten
 * hash for good, so the tampering starts only right after an anchor (the interval is 5 minutes; the test waits for
 * one when the next is less than 90 s away) and lasts a few seconds.
 */
@ExtendWith(LocalStack.class)
class AuditLogCannotBeRewrittenByTheServiceIT {
    static final String DB = "reintegration";
    static final String VERIFY = "/reintegration/api/audit/verify";
    static final String URL = "jdbc:postgresql://127.0.0.1:" + (15432 + LocalStack.PORT_OFFSET) + "/" + DB;
    static final Duration ANCHOR_INTERVAL = Duration.ofMinutes(5);

    @Test
    void theServicesRoleMayOnlyAppendAndRead() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, DB + "_app", DB + "_app-local");
                Statement s = c.createStatement()) {
            assertEquals(DB + "_app", single(s, "select current_user"), "the role the service runs as");
            assertEquals(DB, single(s, "select tableowner from pg_tables where tablename = 'audit_log'"),
                    "the owner, whom Flyway migrates as, is another role");
            assertTrue(Long.parseLong(single(s, "select count(*) from audit_log")) > 0, "it reads its audit log");
            assertEquals("0", single(s, "select audit_chain_seal(0)"), "and may seal through the owner's function");
            for (String attack : List.of("truncate audit_log", "truncate audit_chain_head", "delete from audit_log",
                    "update audit_log set purpose = 'herschreven'", "update audit_chain_head set chain_seq = 1",
                    "delete from audit_chain_head", "alter table audit_log disable trigger user",
                    "alter table audit_chain_head disable trigger user",
                    "insert into audit_log (action, resource_type, user_id, purpose, outcome, chain_seq, prev_hash,"
                            + " hash) values ('READ', 'x', 'u', 'p', 'SUCCESS', 999999999, 'x', 'x')")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(attack), attack);
                assertTrue(
                        refused.getMessage().contains("permission denied")
                                || refused.getMessage().contains("must be owner"),
                        attack + ": " + refused.getMessage());
            }
            // the old sealing guard was a session setting: setting it is refused or useless
            try {
                s.execute("set zvh.audit_sealing = 'on'");
            } catch (SQLException refused) {
                // refused: as good
            }
            for (String attack : List.of("delete from audit_log where id = (select max(id) from audit_log)",
                    "update audit_log set purpose = 'herschreven' where id = (select max(id) from audit_log)")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(attack), attack);
                assertTrue(refused.getMessage().contains("permission denied"), attack + ": " + refused.getMessage());
            }
        }
    }

    @Test
    void evenTheOwnerCannotTruncateWhileTheTriggersAreOn() throws SQLException {
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
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
    void theOwnerDeletingARowAndResealingIsReportedThroughTheGateway() throws Exception {
        String officer = Keycloak.privacyOfficerToken("markiezaten-privacy-officer");
        // entries of this run (the officer's own audited searches), so a chain and its anchors exist
        for (int i = 0; i < 2; i++) {
            get(officer, "/reintegration/api/audit?limit=1").statusCode(200);
        }
        Anchor anchor = freshAnchor();
        for (int i = 0; i < 3; i++) { // rows after the anchored position
            get(officer, "/reintegration/api/audit?limit=1").statusCode(200);
        }
        verify(officer).body("valid", equalTo(true)).body("firstBrokenSequence", nullValue()).body("anchors",
                greaterThan(0));

        String run = UUID.randomUUID().toString().substring(0, 8);
        String before = "e2e_audit_before_" + run;
        String head = "e2e_audit_head_" + run;
        String later = "e2e_audit_later_" + run;
        long deleted = anchor.sequence();
        Instant tamperedAt = Instant.now();
        asDatabaseAdministrator("select 1 from audit_chain_head where id = 1 for update",
                "create table " + before + " as select * from audit_log where chain_seq >= " + deleted,
                "create table " + head + " as select * from audit_chain_head",
                "delete from audit_log where chain_seq = " + deleted,
                "update audit_log set chain_seq = null, prev_hash = null, hash = null where chain_seq > " + deleted,
                "update audit_chain_head set chain_seq = " + (deleted - 1) + ", hash = (select prev_hash from " + before
                        + " where chain_seq = " + deleted + ") where id = 1");
        try {
            try (Connection c = asOwner(); Statement s = c.createStatement()) {
                s.execute("select audit_chain_seal(10000)");
            }
            verify(officer).body("valid", equalTo(false)).body("problem", startsWith("chain rewritten"))
                    .body("firstBrokenSequence", greaterThan(0));
            get(officer, "/privacy/audit?user=e2e-niemand-" + run).statusCode(200)
                    .body("services.find { it.service == 'reintegration' }.chainValid", equalTo(false))
                    .body("services.find { it.service == 'reintegration' }.problem", startsWith("chain rewritten"));
        } finally {
            asDatabaseAdministrator("select 1 from audit_chain_head where id = 1 for update",
                    "create table " + later + " as select * from audit_log where id not in (select id from " + before
                            + ") and (chain_seq is null or chain_seq >= " + deleted + ")",
                    "update " + later + " set chain_seq = null, prev_hash = null, hash = null",
                    "delete from audit_log where chain_seq >= " + deleted + " or chain_seq is null",
                    "insert into audit_log select * from " + before,
                    "update audit_chain_head set (chain_seq, hash) = (select chain_seq, hash from " + head
                            + ") where id = 1",
                    "insert into audit_log select * from " + later,
                    "drop table " + before + ", " + head + ", " + later);
        }
        List<Anchor> meanwhile = anchors().stream().filter(a -> a.signedAt().isAfter(tamperedAt)).toList();
        assertTrue(meanwhile.isEmpty(), "an anchor was published while the chain was rewritten (" + meanwhile
                + "): the " + DB + " chain stays invalid on this stack");
        verify(officer).body("valid", equalTo(true));
    }

    /** One anchor of the service's chain, as published on {@code zvh.audit.anchors.<db>}. */
    record Anchor(long sequence, String hash, Instant signedAt) {
    }

    /**
     * The latest anchor with a position, once it leaves at least 90 s before the next one (waits for the next one
     * otherwise, at most one interval and a half).
     */
    private static Anchor freshAnchor() throws InterruptedException {
        Instant deadline = Instant.now().plus(ANCHOR_INTERVAL.multipliedBy(3).dividedBy(2));
        while (true) {
            Anchor latest = anchors().stream().max(Comparator.comparing(Anchor::signedAt)).orElse(null);
            if (latest != null && latest.sequence() > 0
                    && Instant.now().isBefore(latest.signedAt().plus(ANCHOR_INTERVAL).minus(Duration.ofSeconds(90)))) {
                return latest;
            }
            assertTrue(Instant.now().isBefore(deadline), "no fresh anchor of the " + DB + " chain: " + latest);
            Thread.sleep(5_000);
        }
    }

    private static List<Anchor> anchors() {
        String topic = "zvh.audit.anchors." + DB;
        List<Anchor> all = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(
                LocalStack.kafka(Map.of("enable.auto.commit", "false", "allow.auto.create.topics", "false")),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertTrue(Instant.now().isBefore(deadline), topic + " not read to its end");
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    JsonPath anchor = JsonPath.from(record.value());
                    all.add(new Anchor(anchor.getLong("sequence"), anchor.getString("hash"),
                            Instant.parse(anchor.getString("signedAt"))));
                }
            }
        }
        return all;
    }

    private static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(URL, DB, DB + "-owner-local");
    }

    /** As the owner with the append-only and chain triggers switched off, in one transaction: what a DBA could do. */
    private static void asDatabaseAdministrator(String... statements) throws SQLException {
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                // the head first, then the log: the order the sealing function locks them in (no deadlock with it)
                s.execute("lock table audit_chain_head, audit_log in access exclusive mode");
                s.execute("alter table audit_log disable trigger user");
                s.execute("alter table audit_chain_head disable trigger user");
                for (String statement : statements) {
                    s.execute(statement);
                }
                s.execute("alter table audit_log enable trigger user");
                s.execute("alter table audit_chain_head enable trigger user");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static ValidatableResponse verify(String officer) {
        return get(officer, VERIFY).statusCode(200);
    }

    private static ValidatableResponse get(String token, String path) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).when().get(path).then();
    }
}
