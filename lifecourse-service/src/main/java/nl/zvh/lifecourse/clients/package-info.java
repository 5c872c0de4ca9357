/** Included life-course clients: plan, case managers, contacts, incidents, reviews, safety notes and their scoping. */
package nl.zvh.lifecourse.clients;
