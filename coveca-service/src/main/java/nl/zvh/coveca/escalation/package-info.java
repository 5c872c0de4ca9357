/** Escalation along the AVE levels, scaling down to regular care, expert consultations and ZSM scenarios. */
package nl.zvh.coveca.escalation;
