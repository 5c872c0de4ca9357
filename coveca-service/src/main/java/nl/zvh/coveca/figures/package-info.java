/** Figures of the programme per house without personal data: approaches, persons, meetings, life domains, closures. */
package nl.zvh.coveca.figures;
