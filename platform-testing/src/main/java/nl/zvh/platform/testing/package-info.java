/** Real PostgreSQL and Kafka for tests without Docker, started once per test run; signed test tokens. */
package nl.zvh.platform.testing;
