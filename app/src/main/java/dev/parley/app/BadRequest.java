package dev.parley.app;

import java.util.List;

/**
 * A request the user can fix: a bad value, an unknown name, a model with problems. Its lines say
 * what is wrong, where, and how to fix it. The command line prints them and exits with code 2; the
 * REST API answers 400 with them.
 */
public class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> lines;

  public BadRequest(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  public BadRequest(String line) {
    this(List.of(line));
  }

  /** The message, one problem per line. */
  public List<String> lines() {
    return lines;
  }
}
