/**
 * CTER: the register (reported by members or started by triage), the weighing team's sessions and outcomes — for
 * cter-members only.
 */
package nl.zvh.lifecourse.cter;
