/** The caller as the platform sees it: user, roles, organisation and house from the Keycloak token. */
package nl.zvh.platform.security;
