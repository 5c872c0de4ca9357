/** The programme team's start page in the UI (Dutch), reached through the gateway at /lifecourse/ui/. */
package nl.zvh.lifecourse.home;
