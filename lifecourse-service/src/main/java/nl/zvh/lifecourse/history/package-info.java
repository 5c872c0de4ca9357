/** Onboarding a house's history: its earlier life-course clients imported from the previous system's CSV, dry run first. */
package nl.zvh.lifecourse.history;
