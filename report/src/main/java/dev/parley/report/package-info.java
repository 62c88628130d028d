/**
 * Reports of analyses: the briefing (bottom line, annex, tables; text and Markdown through Doc),
 * the result JSON and CSV, and the mediator, evolution, coalition, robustness and sweep reports.
 * English is the one place for articles, possessives and lists; Narrator describes states in words;
 * ControlChars keeps terminal escapes out of every output. The HTML page and its PDF are in html.
 * Reads only the core's results: knows nothing of model files or front ends (ArchitectureTest).
 */
package dev.parley.report;
