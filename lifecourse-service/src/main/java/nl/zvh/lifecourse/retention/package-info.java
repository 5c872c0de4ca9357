/** Retention of life-course candidates: anonymising those not included after the term, following other services. */
package nl.zvh.lifecourse.retention;
