/** The action plan (plan van aanpak): goals per life domain, agreements owned by partners, history, overdue job. */
package nl.zvh.coveca.plan;
