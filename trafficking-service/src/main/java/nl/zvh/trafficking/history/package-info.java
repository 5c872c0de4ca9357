/**
 * Onboarding a house's history: its earlier human-trafficking signals imported from the previous system's CSV, dry
 * run first (docs/history-import.md).
 */
package nl.zvh.trafficking.history;
