package dev.parley.server.analysis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.model.GraphModel;
import dev.parley.core.state.StateSpace;
import dev.parley.io.report.Narrator;
import dev.parley.server.api.ApiError;

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
