/** CTER: reported persons, the weighing team's sessions and outcomes — for cter-members of the house only. */
package nl.zvh.lifecourse.cter;
