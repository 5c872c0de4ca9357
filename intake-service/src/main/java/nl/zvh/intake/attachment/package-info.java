/** Attachments of a referral: type checked by magic bytes, size-limited, stored in PostgreSQL, audited downloads. */
package nl.zvh.intake.attachment;
