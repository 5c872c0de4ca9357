/** House reference data of the programme: the life domains (leefgebieden) scored in monitoring and used in plans. */
package nl.zvh.coveca.reference;
