/** Working days in the Netherlands: weekends and Dutch public holidays, used for check deadlines and sessions. */
package nl.zvh.triage.calendar;
