/** Bean Validation constraints for national identifiers every service validates the same way (BSN eleven-test). */
package nl.zvh.platform.validation;
