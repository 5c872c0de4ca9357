/** The changes feed: what concerns a partner organisation, read with a cursor instead of Kafka (GET /api/changes). */
package nl.zvh.platform.changes;
