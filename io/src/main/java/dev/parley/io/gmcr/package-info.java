/**
 * GMCR+ save files (.gmcr, JSON or pickle): reading them into a Conflict with warnings for what
 * Parley does not carry over, and writing them.
 */
package dev.parley.io.gmcr;
