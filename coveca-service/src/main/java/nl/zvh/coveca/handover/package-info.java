/**
 * Handing a case over to another house when the person moves out of the region (issue 25): the sending house's
 * handover with the summary its process director chose, the receiving house's incoming request (accepted: a case
 * opens there; declined with a reason: the case stays open here), and the events between the two houses.
 */
package nl.zvh.coveca.handover;
