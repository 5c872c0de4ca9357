/** Meetings of the programme's tables (inclusion table, CTER weighing team): date, attendees, scoped to the house. */
package nl.zvh.lifecourse.sessions;
