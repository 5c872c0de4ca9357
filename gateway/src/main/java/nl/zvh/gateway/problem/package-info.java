/** RFC 9457 problem details ({@code application/problem+json}) written by the gateway itself. */
package nl.zvh.gateway.problem;
