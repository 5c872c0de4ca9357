/** The triage table's UI (Dutch, reached through the gateway at /triage/ui/). */
package nl.zvh.triage.ui;
