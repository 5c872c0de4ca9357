/** Scenarios of emergency (break-glass) access to life-course clients. */
package nl.zvh.lifecourse.breakglass;
