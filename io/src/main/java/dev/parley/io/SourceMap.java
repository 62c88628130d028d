package dev.parley.io;

import dev.parley.core.model.ModelException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each part of a model file is written: maps a model path such as {@code
 * decisionMakers[0].preferences.ranking[3]} to its line and column. Core reports problems by such
 * paths ({@link ModelException.Problem#path()}); this turns them into {@link Diagnostic}s.
 */
public final class SourceMap {
  /** A 1-based line and column. */
  public record Location(int line, int column) {}

  private static final Location START = new Location(1, 1);

  private final String file;
  private final Map<String, Location> locations;

  SourceMap(String file, Map<String, Location> locations) {
    this.file = file;
    this.locations = Map.copyOf(locations);
  }

  /** Builds the map of every node under {@code root}. */
  static SourceMap of(String file, Node root) {
    Map<String, Location> locs = new HashMap<>();
    collect(root, locs);
    return new SourceMap(file, locs);
  }

  private static void collect(Node n, Map<String, Location> locs) {
    locs.put(n.path(), new Location(n.line(), n.column()));
    if (n instanceof Node.MapNode m) {
      for (Node.Entry e : m.entries().values()) {
        collect(e.value(), locs);
      }
    } else if (n instanceof Node.ListNode l) {
      for (Node item : l.items()) {
        collect(item, locs);
      }
    }
  }

  /** The file name the locations refer to. */
  public String file() {
    return file;
  }

  /** The location of exactly this path, if the file has a node there. */
  public Optional<Location> exact(String path) {
    return Optional.ofNullable(locations.get(path == null ? "" : path));
  }

  /**
   * The location of {@code path}, or of the nearest enclosing node the file has (for {@code
   * decisionMakers[1].preferences.ranking[9]} in a file without that entry, the ranking itself), or
   * the start of the file.
   */
  public Location locate(String path) {
    String p = path == null ? "" : path;
    while (true) {
      Location l = locations.get(p);
      if (l != null) {
        return l;
      }
      if (p.isEmpty()) {
        return START;
      }
      p = parent(p);
    }
  }

  /** The path one level up: {@code a.b[2]} to {@code a.b}, {@code a.b} to {@code a}. */
  static String parent(String path) {
    if (path.endsWith("]")) {
      int open = path.lastIndexOf('[');
      return open < 0 ? "" : path.substring(0, open);
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  /** A core problem placed in this file. */
  public Diagnostic diagnostic(ModelException.Problem problem) {
    Location l = locate(problem.path());
    return new Diagnostic(file, l.line(), l.column(), problem.message(), problem.hint());
  }

  /** Every problem of a core exception placed in this file. */
  public List<Diagnostic> diagnostics(ModelException e) {
    List<Diagnostic> out = new ArrayList<>();
    for (ModelException.Problem p : e.problems()) {
      out.add(diagnostic(p));
    }
    return out;
  }
}
