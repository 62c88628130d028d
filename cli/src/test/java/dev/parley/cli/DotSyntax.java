package dev.parley.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A small parser for the DOT language subset Graphviz documents (graph, statements, attribute
 * lists, edges), enough to check that an export is a well-formed {@code digraph}: it throws on
 * anything else and counts the nodes and edges declared.
 */
final class DotSyntax {
  record Counts(String name, int nodes, int edges) {}

  private final List<String> tokens = new ArrayList<>();
  private int pos;
  private int nodes;
  private int edges;

  private DotSyntax(String text) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        StringBuilder b = new StringBuilder("\"");
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new IllegalArgumentException("unterminated string");
          }
          char d = text.charAt(i++);
          if (d == '\\') {
            b.append(d).append(text.charAt(i++));
          } else if (d == '"') {
            break;
          } else {
            b.append(d);
          }
        }
        tokens.add(b.toString());
      } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '>') {
        tokens.add("->");
        i += 2;
      } else if ("{}[]=;,".indexOf(c) >= 0) {
        tokens.add(String.valueOf(c));
        i++;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-') {
        int j = i;
        while (j < text.length()
            && (Character.isLetterOrDigit(text.charAt(j))
                || text.charAt(j) == '_'
                || text.charAt(j) == '.')) {
          j++;
        }
        if (j == i) {
          j++; // a leading '-' of a number
          while (j < text.length() && Character.isDigit(text.charAt(j))) {
            j++;
          }
        }
        tokens.add(text.substring(i, j));
        i = j;
      } else {
        throw new IllegalArgumentException("unexpected character '" + c + "' at " + i);
      }
    }
  }

  /** Parses a {@code digraph}; throws IllegalArgumentException when the text is not one. */
  static Counts parseDigraph(String text) {
    DotSyntax p = new DotSyntax(text);
    p.expect("digraph");
    String name = p.isId(p.peek()) ? p.next() : null;
    p.expect("{");
    while (!p.peek().equals("}")) {
      p.statement();
    }
    p.expect("}");
    if (p.pos != p.tokens.size()) {
      throw new IllegalArgumentException("text after the graph");
    }
    return new Counts(name, p.nodes, p.edges);
  }

  private void statement() {
    String first = next();
    if (first.equals("graph") || first.equals("node") || first.equals("edge")) {
      attrList();
    } else if (isId(first)) {
      if (peek().equals("=")) {
        next();
        id();
      } else if (peek().equals("->")) {
        while (peek().equals("->")) {
          next();
          id();
          edges++;
        }
        if (peek().equals("[")) {
          attrList();
        }
      } else {
        nodes++;
        if (peek().equals("[")) {
          attrList();
        }
      }
    } else {
      throw new IllegalArgumentException("unexpected '" + first + "'");
    }
    if (peek().equals(";")) {
      next();
    }
  }

  private void attrList() {
    expect("[");
    while (!peek().equals("]")) {
      id();
      expect("=");
      id();
      if (peek().equals(",") || peek().equals(";")) {
        next();
      }
    }
    expect("]");
  }

  private String id() {
    String t = next();
    if (!isId(t)) {
      throw new IllegalArgumentException("an id expected, not '" + t + "'");
    }
    return t;
  }

  private boolean isId(String t) {
    return t.startsWith("\"")
        || (!t.isEmpty() && "{}[]=;,".indexOf(t.charAt(0)) < 0 && !t.equals("->"));
  }

  private String peek() {
    if (pos >= tokens.size()) {
      throw new IllegalArgumentException("unexpected end");
    }
    return tokens.get(pos);
  }

  private String next() {
    String t = peek();
    pos++;
    return t;
  }

  private void expect(String t) {
    String n = next();
    if (!n.equals(t)) {
      throw new IllegalArgumentException("'" + t + "' expected, not '" + n + "'");
    }
  }
}
