/**
 * The second factor, checked by the gateway and not only asked by Keycloak: the privacy pages open only for a token
 * whose {@code amr} claim shows an OTP login; otherwise a Dutch page says how to log in again.
 */
package nl.zvh.gateway.factor;
