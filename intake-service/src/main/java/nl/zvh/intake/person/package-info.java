/** Person identity rules: BSN eleven-test, Dutch name normalisation and same-person matching. */
package nl.zvh.intake.person;
