/** What a house's history import answers: the shape every service's import and the shared upload page share. */
package nl.zvh.platform.history;
