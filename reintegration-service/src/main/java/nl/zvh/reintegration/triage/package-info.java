/** Opens a re-integration track when the triage table routes a referral to the re-integration programme. */
package nl.zvh.reintegration.triage;
