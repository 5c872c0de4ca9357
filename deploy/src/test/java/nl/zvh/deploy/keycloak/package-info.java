/** The Keycloak realms (demo and production) and the source they are generated from, deploy/keycloak/GenerateRealm.java. */
package nl.zvh.deploy.keycloak;
