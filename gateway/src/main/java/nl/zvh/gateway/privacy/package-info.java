/** Privacy officer's view: audit log of all services, chain status, break-glass grants, a person's access log. */
package nl.zvh.gateway.privacy;
