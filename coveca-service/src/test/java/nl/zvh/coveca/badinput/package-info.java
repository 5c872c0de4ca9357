/** Bad-input corpus against coveca's write endpoints: no 5xx, problems naming the field, nothing stored. */
package nl.zvh.coveca.badinput;
