/** Retention of closed cases: anonymising them after the term (figures kept) and following other services' erasures. */
package nl.zvh.coveca.retention;
