/** Complex cases under process direction: persons, involved partners, opening, closure and reopening. */
package nl.zvh.coveca.cases;
