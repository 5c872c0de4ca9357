/** Familiarity checks (bekendheidscheck): requests to the table partners, their answers, reminders and overdue flags. */
package nl.zvh.triage.check;
