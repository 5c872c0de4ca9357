/** The signals table (signalentafel) sessions and the register of awareness sessions (trainings, presentations). */
package nl.zvh.trafficking.registers;
