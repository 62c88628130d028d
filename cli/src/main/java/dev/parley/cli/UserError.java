package dev.parley.cli;

import dev.parley.app.BadRequest;
import java.util.List;

/** Bad usage of the command line: printed as given, one line per problem, exit code 2. */
public final class UserError extends BadRequest {
  private static final long serialVersionUID = 1L;

  public UserError(List<String> lines) {
    super(lines);
  }

  public UserError(String line) {
    super(line);
  }
}
