/**
 * The coordinator's Dutch UI (Qute + htmx): the signals inbox with filters, registering and deciding a signal, an
 * approach with its care route, shelters, CoMensha registration and closure, open shelter requests, and the registers.
 */
package nl.zvh.trafficking.ui;
