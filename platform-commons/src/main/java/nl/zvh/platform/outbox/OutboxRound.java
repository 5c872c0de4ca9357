package nl.zvh.platform.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * One relay round in one database transaction:
 * <ol>
 * <li>lock up to a batch of pending rows with {@code FOR UPDATE SKIP LOCKED}, so concurrent instances take disjoint
 * rows and never publish the same row at the same time;</li>
 * <li>keep an aggregate's rows only when no earlier pending row of that aggregate is held by another instance
 * (otherwise a later event could overtake an earlier one);</li>
 * <li>send them and wait for the broker's acknowledgements; per aggregate, mark published the acknowledged prefix
 * only, and record the error on the rest;</li>
 * <li>commit.</li>
 * </ol>
 * A crash between acknowledgement and commit re-sends those rows later: delivery is at least once and consumers
 * deduplicate on the event id.
 */
final class OutboxRound {

    record Result(int taken, int published, int failed, String firstError) {
    }

    private final DataSource dataSource;
    private final OutboxSender sender;
    private final OutboxConfig config;

    OutboxRound(DataSource dataSource, OutboxSender sender, OutboxConfig config) {
        this.dataSource = dataSource;
        this.sender = sender;
        this.config = config;
    }

    Result run() throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<OutboxMessage> rows = lockPending(c);
                if (rows.isEmpty()) {
                    c.commit();
                    return new Result(0, 0, 0, null);
                }
                Map<String, List<OutboxMessage>> byAggregate = inOrderPerAggregate(c, rows);
                Result result = sendAndMark(c, byAggregate);
                c.commit();
                return new Result(rows.size(), result.published(), result.failed(), result.firstError());
            } catch (SQLException | InterruptedException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private List<OutboxMessage> lockPending(Connection c) throws SQLException {
        List<OutboxMessage> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("""
                select id, event_id, topic, aggregate_id, event_type, event_version, house, correlation_id, envelope,
                       trace_parent
                  from outbox_message
                 where published_at is null
                 order by id
                 limit ?
                   for update skip locked""")) {
            select.setInt(1, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    OutboxMessage m = new OutboxMessage();
                    m.id = rs.getLong(1);
                    m.eventId = rs.getObject(2, UUID.class);
                    m.topic = rs.getString(3);
                    m.aggregateId = rs.getString(4);
                    m.eventType = rs.getString(5);
                    m.eventVersion = rs.getInt(6);
                    m.house = rs.getString(7);
                    m.correlationId = rs.getString(8);
                    m.envelope = rs.getString(9);
                    m.traceParent = rs.getString(10);
                    rows.add(m);
                }
            }
        }
        return rows;
    }

    /** Groups rows per aggregate (id order kept) and drops aggregates whose earlier pending row is not ours. */
    private Map<String, List<OutboxMessage>> inOrderPerAggregate(Connection c, List<OutboxMessage> rows)
            throws SQLException {
        Map<String, List<OutboxMessage>> byAggregate = new LinkedHashMap<>();
        for (OutboxMessage row : rows) {
            byAggregate.computeIfAbsent(row.aggregateId, k -> new ArrayList<>()).add(row);
        }
        Map<String, Long> earliestPending = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("""
                select aggregate_id, min(id) from outbox_message
                 where published_at is null and aggregate_id = any(?)
                 group by aggregate_id""")) {
            Array ids = c.createArrayOf("varchar", byAggregate.keySet().toArray());
            q.setArray(1, ids);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    earliestPending.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        byAggregate.entrySet().removeIf(e -> {
            Long earliest = earliestPending.get(e.getKey());
            return earliest != null && earliest < e.getValue().get(0).id;
        });
        return byAggregate;
    }

    private Result sendAndMark(Connection c, Map<String, List<OutboxMessage>> byAggregate)
            throws SQLException, InterruptedException {
        Map<Long, CompletableFuture<?>> sent = new LinkedHashMap<>();
        for (List<OutboxMessage> aggregateRows : byAggregate.values()) {
            for (OutboxMessage row : aggregateRows) {
                sent.put(row.id, sender.send(row));
            }
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<Long> published = new ArrayList<>();
        Map<Long, String> failed = new LinkedHashMap<>();
        for (List<OutboxMessage> aggregateRows : byAggregate.values()) {
            boolean brokenChain = false;
            for (OutboxMessage row : aggregateRows) {
                String error = brokenChain
                        ? "an earlier event of this aggregate was not acknowledged"
                        : await(sent.get(row.id), deadline);
                if (error == null) {
                    published.add(row.id);
                } else {
                    brokenChain = true;
                    failed.put(row.id, error);
                }
            }
        }
        markPublished(c, published);
        markFailed(c, failed);
        String firstError = failed.isEmpty() ? null : failed.values().iterator().next();
        return new Result(0, published.size(), failed.size(), firstError);
    }

    private static String await(CompletableFuture<?> future, long deadlineNanos) throws InterruptedException {
        try {
            future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return String.valueOf(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            return "no acknowledgement from Kafka in time";
        }
    }

    private static void markPublished(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement u = c.prepareStatement(
                "update outbox_message set published_at = now(), attempts = attempts + 1, last_error = null"
                        + " where id = any(?)")) {
            u.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            u.executeUpdate();
        }
    }

    private static void markFailed(Connection c, Map<Long, String> errors) throws SQLException {
        if (errors.isEmpty()) {
            return;
        }
        try (PreparedStatement u = c.prepareStatement(
                "update outbox_message set attempts = attempts + 1, last_error = left(?, 1000) where id = ?")) {
            for (Map.Entry<Long, String> e : errors.entrySet()) {
                u.setString(1, e.getValue());
                u.setLong(2, e.getKey());
                u.addBatch();
            }
            u.executeBatch();
        }
    }

    void deletePublishedBefore(Instant cutoff) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement d = c.prepareStatement(
                        "delete from outbox_message where published_at is not null and published_at < ?")) {
            d.setTimestamp(1, Timestamp.from(cutoff));
            d.executeUpdate();
        }
    }
}
