/** The RFC 9457 problem body every part of the platform answers with. */
package nl.zvh.platform.problem;
