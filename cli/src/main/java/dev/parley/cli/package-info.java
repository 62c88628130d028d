/**
 * The parley command (picocli): one class per subcommand that parses its flags, calls the
 * application layer and renders the answer; exit codes, progress display, atomic output files and
 * the messages for bad input.
 */
package dev.parley.cli;
