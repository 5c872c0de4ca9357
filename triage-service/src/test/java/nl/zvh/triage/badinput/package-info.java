/** Bad-input corpus against triage's write endpoints: no 5xx, problems naming the field, nothing stored. */
package nl.zvh.triage.badinput;
