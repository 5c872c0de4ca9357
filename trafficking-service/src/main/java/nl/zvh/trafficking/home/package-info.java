/** The programme team's start page in the UI (Dutch), reached through the gateway at /trafficking/ui/. */
package nl.zvh.trafficking.home;
