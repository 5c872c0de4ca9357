/** No answer of a service is kept in a browser's or proxy's cache: they carry personal data. */
package nl.zvh.platform.caching;
