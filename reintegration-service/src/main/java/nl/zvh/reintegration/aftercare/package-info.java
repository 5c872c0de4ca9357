/** Short support and monitoring in the first phase after release: contact moments and signals on a track. */
package nl.zvh.reintegration.aftercare;
