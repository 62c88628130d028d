package dev.parley.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a tree of maps, lists and scalars as YAML that reads well: block style, except for parts
 * marked {@link Flow} (option-value mappings, option lists, tie groups, payoff entries), which go
 * on one line when they fit. Strings are left plain wherever a YAML reader reads them back as the
 * same text, and double-quoted otherwise.
 */
final class YamlEmitter {
  /** A mapping or list to write on one line, e.g. {@code {sign: true, withdraw: false}}. */
  record Flow(Object value) {}

  private static final int WIDTH = 100;
  private static final Pattern NUMBER_LIKE =
      Pattern.compile(
          "[-+]?(\\.?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+"
              + "|0[bB][01_]+|\\.(inf|Inf|INF|nan|NaN|NAN)|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?)");
  private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");
  private static final List<String> RESERVED =
      List.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "=", "<<");

  private final StringBuilder out = new StringBuilder();

  private YamlEmitter() {}

  /** The YAML text of {@code tree}, a map at the top. */
  static String emit(Map<String, Object> tree) {
    YamlEmitter e = new YamlEmitter();
    e.blockMap(tree, 0);
    return e.out.toString();
  }

  /** The same tree without {@link Flow} marks, for writers that have no styles (JSON). */
  static Object plain(Object node) {
    if (node instanceof Flow f) {
      return plain(f.value());
    }
    if (node instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, v) -> copy.put((String) k, plain(v)));
      return copy;
    }
    if (node instanceof List<?> l) {
      List<Object> copy = new ArrayList<>();
      l.forEach(v -> copy.add(plain(v)));
      return copy;
    }
    return node;
  }

  private void blockMap(Map<?, ?> map, int indent) {
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!first) {
        indent(indent);
      }
      first = false;
      String key = scalar(e.getKey(), false) + ":";
      out.append(key);
      value(e.getValue(), indent, indent + key.length());
    }
  }

  /** Writes a value after "key:" or "- " at column {@code used}; nested blocks indent by 2. */
  private void value(Object v, int indent, int used) {
    if (v instanceof Flow f) {
      String flow = flow(f.value());
      if (flow != null && used + 1 + flow.length() <= WIDTH) {
        out.append(' ').append(flow).append('\n');
        return;
      }
      v = f.value();
    }
    if (v instanceof Map<?, ?> m && !m.isEmpty()) {
      out.append('\n');
      indent(indent + 2);
      blockMap(m, indent + 2);
    } else if (v instanceof List<?> l && !l.isEmpty()) {
      out.append('\n');
      blockList(l, indent + 2);
    } else if (v instanceof Map<?, ?>) {
      out.append(" {}\n");
    } else if (v instanceof List<?>) {
      out.append(" []\n");
    } else {
      out.append(' ').append(scalar(v, false)).append('\n');
    }
  }

  private void blockList(List<?> list, int indent) {
    for (Object item : list) {
      indent(indent);
      out.append('-');
      Object v = item instanceof Flow f && flow(f.value()) != null ? item : unwrap(item);
      if (v instanceof Map<?, ?> m && !m.isEmpty()) {
        out.append(' ');
        blockMap(m, indent + 2);
      } else {
        value(v, indent, indent + 1);
      }
    }
  }

  private static Object unwrap(Object v) {
    return v instanceof Flow f ? f.value() : v;
  }

  /** The one-line form of a collection of scalars (or of flows), or null when it has none. */
  private static String flow(Object v) {
    v = unwrap(v);
    if (v instanceof Map<?, ?> m) {
      StringBuilder b = new StringBuilder("{");
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String value = flowItem(e.getValue());
        if (value == null) {
          return null;
        }
        b.append(b.length() > 1 ? ", " : "").append(scalar(e.getKey(), true)).append(": ");
        b.append(value);
      }
      return b.append('}').toString();
    }
    if (v instanceof List<?> l) {
      StringBuilder b = new StringBuilder("[");
      for (Object item : l) {
        String value = flowItem(item);
        if (value == null) {
          return null;
        }
        b.append(b.length() > 1 ? ", " : "").append(value);
      }
      return b.append(']').toString();
    }
    return null;
  }

  private static String flowItem(Object v) {
    Object u = unwrap(v);
    if (u instanceof Map<?, ?> || u instanceof List<?>) {
      return flow(u);
    }
    return scalar(u, true);
  }

  private void indent(int n) {
    out.append(" ".repeat(n));
  }

  private static String scalar(Object v, boolean inFlow) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
      return v.toString();
    }
    if (v instanceof Double d) {
      return d.toString();
    }
    String s = v.toString();
    return isPlainSafe(s, inFlow) ? s : quote(s);
  }

  /** Whether {@code s} written plain reads back as the same text in YAML 1.1 and 1.2 readers. */
  static boolean isPlainSafe(String s, boolean inFlow) {
    if (s.isEmpty() || !s.equals(s.strip())) {
      return false;
    }
    if (RESERVED.contains(s.toLowerCase(Locale.ROOT))
        || NUMBER_LIKE.matcher(s).matches()
        || DATE_LIKE.matcher(s).matches()) {
      return false;
    }
    char first = s.charAt(0);
    if ("?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
      return false;
    }
    if (first == '-' && (s.length() == 1 || s.charAt(1) == ' ' || s.startsWith("---"))) {
      return false; // a list item, or a document marker
    }
    if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
      if (inFlow && ",[]{}?:".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A double-quoted scalar; the escapes are those YAML shares with JSON. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\t':
          b.append("\\t");
          break;
        case '\r':
          b.append("\\r");
          break;
        default:
          if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }
}
