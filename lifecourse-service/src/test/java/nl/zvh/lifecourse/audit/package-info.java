/** Scenarios of the privacy officers' supervision: who sees which part of the audit log and of the grants. */
package nl.zvh.lifecourse.audit;
