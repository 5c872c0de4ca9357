/** End-to-end system tests: the real local stack driven through the gateway with real Keycloak tokens. */
package nl.zvh.deploy.e2e;
