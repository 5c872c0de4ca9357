/** Bad-input corpus against trafficking's write endpoints: no 5xx, problems naming the field, nothing stored. */
package nl.zvh.trafficking.badinput;
