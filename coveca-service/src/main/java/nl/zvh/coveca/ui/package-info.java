/** The process directors' pages (Dutch, Qute + htmx in the platform shell): worklist and case page, at /coveca/ui/. */
package nl.zvh.coveca.ui;
