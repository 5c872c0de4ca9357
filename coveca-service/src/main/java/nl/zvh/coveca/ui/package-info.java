/**
 * The process directors' pages (Dutch, Qute + htmx in the platform shell) at /coveca/ui/: worklist tabs, case page
 * and its forms, meeting page, ZSM scenario and its PDF.
 */
package nl.zvh.coveca.ui;
