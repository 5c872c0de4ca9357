/** Error pages in the shell: a Dutch explanation per HTTP status and a way back, never problem+json. */
package nl.zvh.platform.ui.error;
