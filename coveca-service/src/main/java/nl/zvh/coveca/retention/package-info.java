/** Retention of closed cases: the term, and anonymising them once it expired (figures kept). */
package nl.zvh.coveca.retention;
