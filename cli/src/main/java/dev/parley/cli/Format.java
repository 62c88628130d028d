package dev.parley.cli;

/** Output formats. */
enum Format {
  text,
  markdown,
  json,
  csv
}
