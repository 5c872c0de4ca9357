/** Bad-input corpus against intake's write endpoints: no 5xx, problems naming the field, nothing stored. */
package nl.zvh.intake.badinput;
