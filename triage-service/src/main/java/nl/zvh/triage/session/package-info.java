/** Triage sessions per house (weekday, time, cut-off), the table's partners, and the agenda of each session. */
package nl.zvh.triage.session;
