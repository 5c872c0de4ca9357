/** Tests of the history import of earlier signals. */
package nl.zvh.trafficking.history;
