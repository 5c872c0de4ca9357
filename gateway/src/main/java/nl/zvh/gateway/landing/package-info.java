/** The landing page: greets the user and lists the programmes the user's roles open. */
package nl.zvh.gateway.landing;
