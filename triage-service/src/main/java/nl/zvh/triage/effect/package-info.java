/** Effect of the approach: partners' counts of incident reports per person and quarter, before and after its start. */
package nl.zvh.triage.effect;
