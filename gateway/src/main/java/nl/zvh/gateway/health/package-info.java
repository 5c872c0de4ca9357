/** Readiness of the gateway: the OIDC server must answer its discovery document (the services are not checked). */
package nl.zvh.gateway.health;
