/** Retention of signals and approaches: anonymising them after the term (figures kept), following other services. */
package nl.zvh.trafficking.retention;
