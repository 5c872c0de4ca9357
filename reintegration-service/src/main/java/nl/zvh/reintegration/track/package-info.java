/** Re-integration tracks: consent, coordinator and the five basic conditions, and the coordinator's worklist. */
package nl.zvh.reintegration.track;
