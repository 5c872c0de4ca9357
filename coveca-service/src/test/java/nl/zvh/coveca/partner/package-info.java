/** Scenarios of partner professionals doing their part on the cases their organisation is involved in. */
package nl.zvh.coveca.partner;
