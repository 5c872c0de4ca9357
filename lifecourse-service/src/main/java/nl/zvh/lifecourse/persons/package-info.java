/** The person a programme record is about, as the candidates and the CTER register both hold them. */
package nl.zvh.lifecourse.persons;
