package dev.parley.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Collects the diagnostics of one file while the reader keeps walking after each problem. */
final class Problems {
  private final String file;
  private final List<Diagnostic> list = new ArrayList<>();
  private int hard;

  Problems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  /** A problem that leaves a hole: the model cannot be built until it is fixed. */
  void add(int line, int column, String message, String hint) {
    list.add(new Diagnostic(file, line, column, message, hint));
    hard++;
  }

  /**
   * A problem the reader can step over (an unknown key, a misspelt source id): it is reported, but
   * the model is still built so that deeper problems, such as a ranking that misses a state, are
   * reported in the same run.
   */
  void soft(Node node, String message, String hint) {
    list.add(new Diagnostic(file, node.line(), node.column(), message, hint));
  }

  void softAtKey(Node.Entry entry, String message, String hint) {
    list.add(new Diagnostic(file, entry.line(), entry.column(), message, hint));
  }

  /** The number of problems that leave a hole. */
  int hardCount() {
    return hard;
  }

  void at(Node node, String message, String hint) {
    add(node.line(), node.column(), message, hint);
  }

  void add(Diagnostic d) {
    list.add(d);
    hard++;
  }

  /** The problems in file order, each reported once. */
  List<Diagnostic> sorted() {
    List<Diagnostic> out = new ArrayList<>(new LinkedHashSet<>(list));
    out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return out;
  }

  void throwIfAny() throws ModelLoadException {
    if (!list.isEmpty()) {
      throw new ModelLoadException(sorted());
    }
  }
}
