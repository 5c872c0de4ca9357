/** Person identity rules shared by the intake features: BSN eleven-test and name normalisation. */
package nl.zvh.intake.person;
