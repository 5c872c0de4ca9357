/** Typed configuration of the life-course programme (capacity per house). */
package nl.zvh.lifecourse.config;
