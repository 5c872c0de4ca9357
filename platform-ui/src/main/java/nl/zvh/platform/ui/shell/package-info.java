/** The page shell: who is signed in, the programmes their roles open, language, and the links every page shows. */
package nl.zvh.platform.ui.shell;
