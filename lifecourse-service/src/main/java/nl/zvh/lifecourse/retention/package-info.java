/**
 * Retention: terms, and anonymising candidates not included, closed clients and CTER persons weighed "no action" once
 * their term expired.
 */
package nl.zvh.lifecourse.retention;
