/** CSV files as people save them from a spreadsheet or another system's export (uploads, history imports). */
package nl.zvh.platform.csv;
