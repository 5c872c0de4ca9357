/**
 * The partner portal (Dutch UI, reached through the gateway at /intake/ui/), in the platform's UI shell: the own
 * organisation's referrals (the triage table: the house's), the referral form, a referral's page, the inbox and the
 * functional admin's reference data. Every page sets its template's locale to the person's language itself
 * ({@code setLocale(shell.locale())}), so labels and dates follow the language choice like the message bundle does.
 */
package nl.zvh.intake.ui;
