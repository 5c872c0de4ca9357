/** RFC 9457 application/problem+json for every error, with the failing fields; never a stack trace. */
package nl.zvh.platform.problem;
