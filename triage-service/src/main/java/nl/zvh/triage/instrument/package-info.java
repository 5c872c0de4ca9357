/** The triage instrument per house (danger criteria, contributing factors, national criteria) and its recommendation. */
package nl.zvh.triage.instrument;
