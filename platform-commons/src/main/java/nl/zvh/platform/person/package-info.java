/** The identity of a person as every service stores it: one embeddable, one way to show a name. */
package nl.zvh.platform.person;
