/** Which failures are passing (the database away for a moment, two transactions in each other's way) and may be retried. */
package nl.zvh.platform.failure;
