/** Network meetings of a case (ketenberaad, casusoverleg): participants, agenda, minutes, decisions. */
package nl.zvh.coveca.meeting;
