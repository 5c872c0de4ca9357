/** Retention of referrals: their terms, and which referrals expire when (anonymised, figures kept, announced). */
package nl.zvh.intake.retention;
