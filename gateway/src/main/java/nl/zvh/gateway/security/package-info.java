/** Gateway-wide HTTP security: security headers, CSRF origin check, bearer-only API paths and problem responses. */
package nl.zvh.gateway.security;
