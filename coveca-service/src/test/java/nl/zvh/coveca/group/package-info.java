/** Scenarios of the group approach: groups, subgroups, members linked to their cases, subgroup meetings, scoping. */
package nl.zvh.coveca.group;
