/** Privacy checks on the running stack: no personal data in the log output. */
package nl.zvh.deploy.privacy;
