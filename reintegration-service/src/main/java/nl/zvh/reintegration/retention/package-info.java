/** Retention of re-integration tracks: the term after release, after which a track is anonymised (figures kept). */
package nl.zvh.reintegration.retention;
