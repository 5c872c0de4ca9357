/** Scenarios of handing a case over to another house: accepted, declined, unseen by others, bad input. */
package nl.zvh.coveca.handover;
