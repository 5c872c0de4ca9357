/** Retention of re-integration tracks: anonymising them after the term (figures kept), following other services. */
package nl.zvh.reintegration.retention;
