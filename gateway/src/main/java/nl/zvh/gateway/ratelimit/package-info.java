/** Hardening at the entry: request rates per user, per partner-system client and per anonymous address, and request sizes. */
package nl.zvh.gateway.ratelimit;
