/** Signals (meldingen) of presumed human trafficking: registered, classified, scoped, audited and decided. */
package nl.zvh.trafficking.signal;
