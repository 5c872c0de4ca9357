/** Person identifiers shared by the features (BSN validation). */
package nl.zvh.reintegration.person;
