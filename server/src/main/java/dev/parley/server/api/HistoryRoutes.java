package dev.parley.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.server.workspace.LineDiff;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/** The routes of a model's history: list, keep, read, diff and restore versions. */
final class HistoryRoutes extends WorkspaceRoutes {
  HistoryRoutes(Workspace workspace) {
    super(workspace);
  }

  void history(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    workspace.read(name); // 404 for a model that does not exist
    ArrayNode arr = Api.JSON.createArrayNode();
    for (Workspace.Version v : workspace.history(name)) {
      arr.add(versionJson(v));
    }
    ObjectNode o = Api.JSON.createObjectNode();
    o.put("model", name);
    o.set("versions", arr);
    Api.json(ctx, 200, o);
  }

  void snapshot(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    Workspace.Version v = workspace.snapshot(name);
    ObjectNode o = Api.JSON.createObjectNode();
    if (v == null) {
      o.putNull("version");
      o.put("note", "the newest version already holds this content");
      Api.json(ctx, 200, o);
    } else {
      o.set("version", versionJson(v));
      Api.json(ctx, 201, o);
    }
  }

  void version(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    String id = ctx.pathParam("version");
    ObjectNode o = Api.JSON.createObjectNode();
    o.put("model", name);
    o.put("version", id);
    o.put("text", workspace.version(name, id));
    Api.json(ctx, 200, o);
  }

  void diff(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    String id = ctx.pathParam("version");
    String against = ctx.queryParam("against");
    String oldText = workspace.version(name, id);
    String newText;
    String newLabel;
    if (against == null || against.equals("current")) {
      newText = workspace.read(name).text();
      newLabel = "current";
    } else {
      newText = workspace.version(name, against);
      newLabel = against;
    }
    List<LineDiff.Line> lines = LineDiff.diff(oldText, newText);
    ObjectNode o = Api.JSON.createObjectNode();
    o.put("model", name);
    o.put("from", id);
    o.put("to", newLabel);
    ArrayNode arr = o.putArray("lines");
    int added = 0;
    int removed = 0;
    for (LineDiff.Line l : lines) {
      ObjectNode ln = arr.addObject();
      ln.put("op", l.op().name().toLowerCase(java.util.Locale.ROOT));
      ln.put("text", l.text());
      ln.put("oldLine", l.oldLine());
      ln.put("newLine", l.newLine());
      added += l.op() == LineDiff.Op.ADDED ? 1 : 0;
      removed += l.op() == LineDiff.Op.REMOVED ? 1 : 0;
    }
    o.put("added", added);
    o.put("removed", removed);
    o.put("unified", LineDiff.unified(lines, name + "@" + id, name + "@" + newLabel));
    Api.json(ctx, 200, o);
  }

  void restore(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    Workspace.Saved saved = workspace.restore(name, ctx.pathParam("version"));
    ObjectNode o = Api.modelJson(saved.file(), saved.keptPrevious());
    o.put("restored", ctx.pathParam("version"));
    Api.json(ctx, 200, o);
  }

  static ObjectNode versionJson(Workspace.Version v) {
    ObjectNode o = Api.JSON.createObjectNode();
    o.put("id", v.id());
    o.put("savedAt", v.savedAt().toString());
    o.put("size", v.size());
    o.put("sha256", v.sha256());
    return o;
  }
}
