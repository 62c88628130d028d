package dev.parley.app;

import java.util.List;

/**
 * A request the user can fix: a bad value, an unknown name, a model with problems. Its lines say
 * what is wrong, where, and how to fix it. The command line prints them and exits with code 2; the
 * REST API answers 400 with them. A problem with one field of the request names the field as the
 * request has it ({@code statusQuo}); each front end shows it its own way ({@code --status-quo},
 * {@code statusQuo}), followed by the line, which is written to be read after it.
 */
public class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final transient List<String> lines;

  public BadRequest(List<String> lines) {
    this(null, lines);
  }

  public BadRequest(String line) {
    this(null, List.of(line));
  }

  /** A problem with one field: {@code line} reads after its name ("11: give a number ..."). */
  public BadRequest(String field, String line) {
    this(field, List.of(line));
  }

  private BadRequest(String field, List<String> lines) {
    super((field == null ? "" : field + " ") + String.join("\n", lines));
    this.field = field;
    this.lines = List.copyOf(lines);
  }

  /** The request field the problem is with, in camel case; null for the request as a whole. */
  public String field() {
    return field;
  }

  /** The message, one problem per line, without the field. */
  public List<String> lines() {
    return lines;
  }
}
