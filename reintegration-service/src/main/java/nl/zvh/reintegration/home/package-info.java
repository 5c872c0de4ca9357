/** The programme team's start page in the UI (Dutch), reached through the gateway at /reintegration/ui/. */
package nl.zvh.reintegration.home;
