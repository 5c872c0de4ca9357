/** What a person reads instead of raw values: Dutch dates and times in Europe/Amsterdam, labels for codes. */
package nl.zvh.platform.ui.format;
