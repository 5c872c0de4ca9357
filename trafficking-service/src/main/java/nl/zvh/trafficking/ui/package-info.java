/** The coordinator's Dutch UI (Qute + htmx): signals inbox, an approach's care route, open shelter requests. */
package nl.zvh.trafficking.ui;
