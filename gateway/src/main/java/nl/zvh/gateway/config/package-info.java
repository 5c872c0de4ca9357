/** Typed gateway configuration: programme routes to the services and proxy timeouts. */
package nl.zvh.gateway.config;
