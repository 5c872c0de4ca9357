/** Life-course candidates (from triage or registered by the coordinator) and the inclusion table. */
package nl.zvh.lifecourse.candidates;
