/** Audit log of personal-data access after NEN 7513: who, organisation, role, what, when, purpose, outcome. */
package nl.zvh.platform.audit;
