/**
 * The national view ({@code /national}): a national analyst compares every house's annual figures side by side, per
 * 10 000 inhabitants where the population is known, suppressed as each house's annual report publishes them.
 */
package nl.zvh.gateway.national;
