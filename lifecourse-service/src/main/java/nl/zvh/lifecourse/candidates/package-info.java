/** Life-course candidates (from triage or registered by the coordinator), the inclusion table and their erasure. */
package nl.zvh.lifecourse.candidates;
