package dev.parley.io;

import java.util.List;

/**
 * A model file that cannot be loaded. It carries every problem found in one pass, in file order,
 * each placed at a line and column.
 */
public class ModelLoadException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public ModelLoadException(List<Diagnostic> diagnostics) {
    super(summary(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The problems, in file order; never empty. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String summary(List<Diagnostic> ds) {
    if (ds.isEmpty()) {
      throw new IllegalArgumentException("a load failure needs at least one diagnostic");
    }
    StringBuilder b = new StringBuilder();
    for (Diagnostic d : ds) {
      if (b.length() > 0) {
        b.append('\n');
      }
      b.append(d);
    }
    return b.toString();
  }
}
