/** Form state for the form building blocks: values as typed and the Dutch message per field. */
package nl.zvh.platform.ui.form;
