/** Scenarios of the history import: a house takes over its earlier life-course clients from its previous system. */
package nl.zvh.lifecourse.history;
