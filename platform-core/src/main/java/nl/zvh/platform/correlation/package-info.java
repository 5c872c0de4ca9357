/** The correlation id every part of the platform accepts and carries, one rule for the gateway and the services. */
package nl.zvh.platform.correlation;
