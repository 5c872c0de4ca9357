/** Person identifiers: the BSN eleven-test (same rule as intake-service). */
package nl.zvh.trafficking.person;
