/** The one page shape for taking over a house's history from its previous system: upload, check, import. */
package nl.zvh.platform.ui.history;
