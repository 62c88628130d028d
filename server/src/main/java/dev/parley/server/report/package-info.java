/**
 * HTML and PDF briefings: the text briefing rendered as HTML (commonmark) and printed to PDF by a
 * headless Chromium.
 */
package dev.parley.server.report;
