/** The group approach: a house's groups with subgroups, members (linked to their own cases) and subgroup meetings. */
package nl.zvh.coveca.group;
