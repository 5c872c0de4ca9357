/** The coordinator's Dutch UI (Qute + htmx): upcoming releases, a track's checklist, BIJ items awaiting the mayor. */
package nl.zvh.reintegration.ui;
