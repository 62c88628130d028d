package dev.parley.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.drama.Comparison;
import dev.parley.core.drama.Dilemma;
import dev.parley.core.drama.Doubt;
import dev.parley.core.drama.DramaResult;
import dev.parley.core.drama.GmcrView;
import dev.parley.core.drama.Position;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.state.StateSpace;
import java.util.List;

/** The JSON tree of {@link DilemmasReport}: the card table, the phases, the board, each dilemma. */
final class DilemmasJson {
  private final DilemmasReport report;
  private final DramaResult result;
  private final OptionsBoard board;
  private final GraphModel model;
  private final Narrator narrator;

  DilemmasJson(DilemmasReport report, DramaResult result, OptionsBoard board) {
    this.report = report;
    this.result = result;
    this.board = board;
    this.model = result.model();
    this.narrator = new Narrator(model);
  }

  ObjectNode tree() {
    ObjectNode n = MediatorJson.MAPPER.createObjectNode();
    n.put("bottomLine", report.bottomLine());
    if (result.concept() != null) {
      n.put("concept", result.concept().id());
    }
    n.set("threatened", state(result.threatened()));
    ArrayNode ps = n.putArray("positions");
    for (Position p : result.table().positions()) {
      ObjectNode o = ps.addObject();
      o.put("party", MediatorJson.dm(model, p.holder()));
      o.put(
          "pattern", model.isGraphForm() ? null : p.future().toYnd(model.conflict().optionCount()));
      ArrayNode rs = o.putArray("readings");
      for (int s : result.readings(p.holder())) {
        rs.add(StateSpace.number(s));
      }
      provenance(o, p.provenance());
    }
    ArrayNode ds = n.putArray("doubts");
    for (Doubt d : result.table().doubts()) {
      ds.add(doubt(d));
    }
    ArrayNode pairs = n.putArray("pairs");
    for (int x = 0; x < model.dmCount(); x++) {
      for (int y = x + 1; y < model.dmCount(); y++) {
        ObjectNode o = pairs.addObject();
        o.put("a", MediatorJson.dm(model, x));
        o.put("b", MediatorJson.dm(model, y));
        o.put("phase", result.atCommitment(x, y) ? "commitment" : "crisis");
        ArrayNode c = o.putArray("common");
        for (int s : result.common(x, y)) {
          c.add(StateSpace.number(s));
        }
      }
    }
    n.set("board", board.json());
    ArrayNode dl = n.putArray("dilemmas");
    for (Dilemma d : result.dilemmas()) {
      ObjectNode o = dl.addObject();
      o.put("kind", d.kind().id());
      o.put("name", d.kind().label());
      if (d.kind().versionOneName() != null) {
        o.put("versionOneName", d.kind().versionOneName());
      }
      o.put("stance", d.kind().stance());
      o.put("faced", MediatorJson.dm(model, d.faced()));
      if (d.toward() >= 0) {
        o.put("toward", MediatorJson.dm(model, d.toward()));
      } else {
        o.putNull("toward");
      }
      o.put("everyReading", d.everyReading());
      ArrayNode bs = o.putArray("because");
      for (Comparison c : d.because()) {
        ObjectNode b = bs.addObject();
        b.put("judge", MediatorJson.dm(model, c.judge()));
        b.put("worse", StateSpace.number(c.worse()));
        b.put("better", StateSpace.number(c.better()));
        b.put("move", c.move());
      }
      if (d.doubt() != null) {
        o.set("doubt", doubt(d.doubt()));
      }
      ArrayNode vs = o.putArray("gmcr");
      for (GmcrView v : d.gmcr()) {
        ObjectNode b = vs.addObject();
        b.put("concept", v.concept().id());
        b.put("party", MediatorJson.dm(model, v.party()));
        b.put("state", StateSpace.number(v.state()));
        b.put("stable", v.stable());
      }
      o.put("sentence", report.sentence(new DilemmasReport.Group(List.of(d))));
      o.put("resolution", report.resolution(d));
    }
    return n;
  }

  private ObjectNode state(int s) {
    ObjectNode o = MediatorJson.MAPPER.createObjectNode();
    o.put("state", StateSpace.number(s));
    o.put("yn", model.isGraphForm() ? null : model.space().yn(s));
    o.put("words", narrator.plain(s));
    return o;
  }

  private ObjectNode doubt(Doubt d) {
    ObjectNode o = MediatorJson.MAPPER.createObjectNode();
    o.put("party", MediatorJson.dm(model, d.doubter()));
    o.put("doubts", MediatorJson.dm(model, d.doubted()));
    o.put("about", d.about().name().toLowerCase(java.util.Locale.ROOT));
    provenance(o, d.provenance());
    return o;
  }

  static void provenance(ObjectNode o, dev.parley.core.model.Provenance p) {
    if (p.source() != null) {
      o.put("source", p.source());
    }
    if (p.quote() != null) {
      o.put("quote", p.quote());
    }
    if (p.note() != null) {
      o.put("note", p.note());
    }
  }
}
