/** Reference data: the municipalities of return and the house serving each. */
package nl.zvh.reintegration.reference;
