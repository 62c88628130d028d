package dev.parley.cli;

import java.util.List;

/** Bad input or usage: printed as given, one line per problem, exit code 2. */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> lines;

  public UserError(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  public UserError(String line) {
    this(List.of(line));
  }

  public List<String> lines() {
    return lines;
  }
}
