/** Reference data per house: municipalities, partner organisations with their domain, problem areas. */
package nl.zvh.intake.reference;
