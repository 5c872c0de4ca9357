/** Bad-input corpus against lifecourse's write endpoints: no 5xx, problems naming the field, nothing stored. */
package nl.zvh.lifecourse.badinput;
