/** The partner portal (Dutch UI, reached through the gateway at /intake/ui/): the own organisation's referrals. */
package nl.zvh.intake.portal;
