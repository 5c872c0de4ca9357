/** Starting a programme from triage's decision: one filter, one malformed and duplicate policy for every programme. */
package nl.zvh.platform.programme;
