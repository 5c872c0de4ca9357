/** Retention terms of signals and approaches and the expiry rule that anonymises them (figures kept). */
package nl.zvh.trafficking.retention;
