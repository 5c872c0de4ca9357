/** Same-person detection on submit: possible matches with persons already known in the house, stored for triage. */
package nl.zvh.intake.matching;
