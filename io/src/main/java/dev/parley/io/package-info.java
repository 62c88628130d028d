/**
 * Model files: reading Parley YAML and JSON into a Conflict with a source map (file, line and
 * column for every problem), writing them back (YAML emitter, atomic files), state references, and
 * the read limits. Knows nothing of reports or of the application layer (ArchitectureTest).
 */
package dev.parley.io;
