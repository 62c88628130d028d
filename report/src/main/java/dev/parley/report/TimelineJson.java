package dev.parley.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.evolution.Deadlock;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import java.util.BitSet;
import java.util.List;

/** The JSON form of a {@link TimelineReport}: each phase with its changes and verdicts. */
final class TimelineJson {
  private final TimelineReport report;
  private final List<TimelineRun.Step> steps;

  TimelineJson(TimelineReport report, List<TimelineRun.Step> steps) {
    this.report = report;
    this.steps = steps;
  }

  ObjectNode tree() {
    ObjectNode root = MediatorJson.MAPPER.createObjectNode();
    root.put("bottomLine", report.bottomLine());
    ArrayNode phases = root.putArray("phases");
    for (int k = 0; k < steps.size(); k++) {
      TimelineRun.Step step = steps.get(k);
      AnalysisRun run = step.run();
      GraphModel m = run.model();
      Narrator n = new Narrator(m);
      ObjectNode p = phases.addObject();
      p.put("id", step.id());
      p.put("name", step.name());
      p.put("date", step.date());
      provenance(p, step.provenance());
      p.put("states", m.stateCount());
      if (k > 0) {
        p.put("changes", report.changesSentence(steps.get(k - 1), step, n));
        ArrayNode prefs = p.putArray("preferencesOf");
        step.preferencesOf().forEach(prefs::add);
        p.put("rulesAdded", step.rulesAdded());
        ArrayNode rev = p.putArray("reversibility");
        step.reversibility().forEach(rev::add);
        p.put("statusQuoMoved", step.statusQuoMoved());
        ArrayNode dl = p.putArray("deadlockChanges");
        report.deadlockChanges(k).forEach(dl::add);
        ArrayNode changed = p.putArray("verdictChanges");
        for (TimelineReport.Change c : report.changes(k)) {
          ObjectNode o = changed.addObject();
          o.put("concept", c.concept().id());
          o.put("state", yn(c.code(), m.space().optionCount()));
          GraphModel at = c.gained() ? m : steps.get(k - 1).run().model();
          int index = at.space().indexOf(c.code());
          o.put("number", StateSpace.number(index));
          o.put("words", new Narrator(at).plain(index));
          o.put("becomes", c.gained() ? "equilibrium" : "not an equilibrium");
          ArrayNode rs = o.putArray("reasons");
          c.reasons().forEach(rs::add);
        }
      }
      ObjectNode eq = p.putObject("equilibria");
      for (Concept c : run.concepts()) {
        ArrayNode a = eq.putArray(c.id());
        BitSet e = run.result().equilibria(c);
        e.stream().forEach(s -> a.add(state(m, n, s)));
      }
      int sq = run.statusQuo();
      if (sq >= 0) {
        ObjectNode o = state(m, n, sq);
        ArrayNode under = o.putArray("equilibriumUnder");
        for (Concept c : run.concepts()) {
          if (run.result().equilibria(c).get(sq)) {
            under.add(c.id());
          }
        }
        p.set("statusQuo", o);
        DeadlockText dt = new DeadlockText(run, n);
        ArrayNode ds = p.putArray("deadlocks");
        for (Deadlock d : dt.deadlocks()) {
          ds.add(dt.deadlockSentence(d));
        }
      }
    }
    return root;
  }

  private static ObjectNode state(GraphModel m, Narrator n, int s) {
    ObjectNode o = MediatorJson.MAPPER.createObjectNode();
    o.put("number", StateSpace.number(s));
    o.put("yn", m.space().yn(s));
    o.put("words", n.plain(s));
    return o;
  }

  private static String yn(long code, int options) {
    return StatePattern.exact(code, options).toYnd(options);
  }

  private static void provenance(ObjectNode o, Provenance p) {
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
