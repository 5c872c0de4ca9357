/**
 * Sessions that ended in Keycloak (logout at the gateway, back-channel logout from Keycloak) stay refused at the
 * gateway, whatever copy of their cookie or token comes back.
 */
package nl.zvh.gateway.session;
