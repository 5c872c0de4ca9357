/** The house's other tables (I28, prolific offenders, LPCO, youth aftercare, AWARE): items, meetings and decisions. */
package nl.zvh.triage.tables;
