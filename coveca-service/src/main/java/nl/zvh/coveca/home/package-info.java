/** The programme team's start page in the UI (Dutch), reached through the gateway at /coveca/ui/. */
package nl.zvh.coveca.home;
