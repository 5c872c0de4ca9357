/** Bad-input corpus against reintegration's write endpoints: no 5xx, problems naming the field, nothing stored. */
package nl.zvh.reintegration.badinput;
