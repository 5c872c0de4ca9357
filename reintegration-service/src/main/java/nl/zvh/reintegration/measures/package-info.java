/** Justice information around a track: BIJ items for the mayor, ISD orders and their phases, article 18b exchanges. */
package nl.zvh.reintegration.measures;
