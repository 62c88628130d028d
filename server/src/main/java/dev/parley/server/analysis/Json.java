package dev.parley.server.analysis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.check.Finding;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.state.StateSpace;
import dev.parley.report.Narrator;
import dev.parley.server.errors.ApiError;

/** Small JSON views shared by the API's answers. */
public final class Json {
  private Json() {}

  /** A problem: {@code {line, column, path, message, hint}}. */
  public static ObjectNode detail(ApiError.Detail d) {
    ObjectNode o = ModelText.JSON.createObjectNode();
    o.put("line", d.line());
    o.put("column", d.column());
    o.put("path", d.path());
    o.put("message", d.message());
    if (d.hint() != null) {
      o.put("hint", d.hint());
    }
    return o;
  }

  /**
   * A finding of the model checker, a hint rather than a problem: {@code {kind, decisionMaker,
   * statement, line, path, message}} (decisionMaker the id or null, statement the 1-based number or
   * null, line 0 when unknown, path a JSON pointer such as {@code
   * /decisionMakers/2/preferences/statements/2}, or "").
   */
  public static ObjectNode hint(Finding f, Conflict c) {
    ObjectNode o = ModelText.JSON.createObjectNode();
    f.putSubject(o, c);
    o.put("line", f.line());
    o.put("path", pointer(f.path()));
    o.put("message", f.text());
    return o;
  }

  /** {@code decisionMakers[2].preferences.statements[2]} as {@code /decisionMakers/2/…/2}. */
  static String pointer(String modelPath) {
    if (modelPath == null || modelPath.isEmpty()) {
      return "";
    }
    return "/" + modelPath.replace("]", "").replace('[', '/').replace('.', '/');
  }

  /** A state: {@code {id, yn, name?, description}}. */
  public static ObjectNode state(GraphModel g, Narrator narrator, int s) {
    ObjectNode o = ModelText.JSON.createObjectNode();
    o.put("id", StateSpace.number(s));
    o.put("yn", g.space().yn(s));
    if (narrator.name(s) != null) {
      o.put("name", narrator.name(s));
    }
    o.put("description", narrator.describe(s));
    return o;
  }
}
