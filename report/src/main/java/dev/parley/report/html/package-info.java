/**
 * HTML and PDF briefings: the Markdown briefing rendered as a self-contained HTML page (commonmark,
 * with a stylesheet for screen and print) and printed to PDF by a headless Chromium. Used by {@code
 * parley report} and the workbench's reports, through the application layer's Report.
 */
package dev.parley.report.html;
