/** National familiarity check: whether a person on this house's table is known at another house, by keyed hashes only. */
package nl.zvh.triage.national;
