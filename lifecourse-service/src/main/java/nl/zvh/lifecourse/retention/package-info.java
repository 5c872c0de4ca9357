/** Retention of life-course candidates: terms, and anonymising those not included once the term expired. */
package nl.zvh.lifecourse.retention;
