/** The functional administrator takes over the house's earlier DJI detentions and releases. */
package nl.zvh.reintegration.history;
