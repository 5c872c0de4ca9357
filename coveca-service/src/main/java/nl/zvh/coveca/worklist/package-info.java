/** The process directors' UI (Dutch, Qute + htmx): worklist and case page, reached at /coveca/ui/. */
package nl.zvh.coveca.worklist;
