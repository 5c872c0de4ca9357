/** Dutch UI pages: client page with the safety note, own-client list, inclusion agenda, CTER weighing agenda. */
package nl.zvh.lifecourse.ui;
