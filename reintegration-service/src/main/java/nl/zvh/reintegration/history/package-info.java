/** Onboarding a house's history: its earlier DJI detentions and releases imported from the previous system's CSV. */
package nl.zvh.reintegration.history;
