/** Test support: OIDC WireMock plus a fake programme service, and Keycloak-shaped test tokens. */
package nl.zvh.gateway.support;
