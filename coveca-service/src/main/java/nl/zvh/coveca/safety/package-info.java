/** Safety notes on a case ("Let op": threat, weapon, dog, do not visit alone): written once, never overwritten. */
package nl.zvh.coveca.safety;
