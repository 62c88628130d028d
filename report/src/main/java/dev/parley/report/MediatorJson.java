package dev.parley.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.Parley;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.Atom;
import dev.parley.core.inverse.MinimalChange;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.Robustness;
import dev.parley.core.inverse.TargetConditions;
import dev.parley.core.move.Move;
import dev.parley.core.state.StateSpace;

/** JSON pieces shared by the mediator's reports. State ids are the standard 1-based numbers. */
final class MediatorJson {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MediatorJson() {}

  static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String dm(GraphModel model, int d) {
    return model.conflict().decisionMakers().get(d).id();
  }

  /**
   * An atom: {@code {"decisionMaker": "RU", "likes": 8, "atLeastAsMuchAs": 5, "holdsNow": true}} or
   * {@code {"decisionMaker": "US", "prefers": 6, "to": 5, ...}}.
   */
  static ObjectNode atom(GraphModel model, Atom a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("decisionMaker", dm(model, a.dm()));
    if (a.strict()) {
      n.put("prefers", StateSpace.number(a.a()));
      n.put("to", StateSpace.number(a.b()));
    } else {
      n.put("likes", StateSpace.number(a.a()));
      n.put("atLeastAsMuchAs", StateSpace.number(a.b()));
    }
    int[][] p = new int[model.dmCount()][];
    for (int d = 0; d < p.length; d++) {
      p[d] = model.payoffs(d);
    }
    n.put("holdsNow", a.holds(p));
    return n;
  }

  /** The conditions per decision maker: clauses with their sanctions. */
  static ObjectNode conditions(GraphModel model, TargetConditions tc) {
    ObjectNode out = MAPPER.createObjectNode();
    int[][] p = new int[model.dmCount()][];
    for (int d = 0; d < p.length; d++) {
      p[d] = model.payoffs(d);
    }
    for (int d = 0; d < model.dmCount(); d++) {
      ObjectNode dn = out.putObject(dm(model, d));
      dn.put("holdsNow", tc.stable(d).holds(p));
      ArrayNode clauses = dn.putArray("moves");
      for (TargetConditions.Clause cl : tc.clauses(d)) {
        ObjectNode cn = clauses.addObject();
        cn.put("to", StateSpace.number(cl.move()));
        cn.put("holdsNow", cl.condition().holds(p));
        cn.set("noImprovement", atom(model, cl.noImprovement()));
        ArrayNode ss = cn.putArray("sanctions");
        for (TargetConditions.Sanction s : cl.sanctions()) {
          ObjectNode sn = ss.addObject();
          sn.put("simultaneous", s.simultaneous());
          ArrayNode steps = sn.putArray("steps");
          for (Move mv : s.steps()) {
            ObjectNode mn = steps.addObject();
            mn.put("by", dm(model, mv.mover()));
            mn.put("from", StateSpace.number(mv.from()));
            mn.put("to", StateSpace.number(mv.to()));
          }
          sn.put("end", StateSpace.number(s.end()));
          ArrayNode esc = sn.putArray("noEscapeTo");
          for (int y : s.noEscape()) {
            esc.add(StateSpace.number(y));
          }
          ArrayNode atoms = sn.putArray("requires");
          for (Atom a : s.condition(d, cl.target()).atoms()) {
            atoms.add(atom(model, a));
          }
          sn.put("holdsNow", s.condition(d, cl.target()).holds(p));
        }
      }
    }
    return out;
  }

  /**
   * A change: swaps, and the changed rankings (or statement orders) of the decision makers it
   * touches.
   */
  static ObjectNode change(
      GraphModel model, PreferenceSpace space, MinimalChange.Result r, MediatorText text) {
    ObjectNode n = MAPPER.createObjectNode();
    if (!r.found()) {
      n.putNull("swaps");
      n.put("noneWithin", r.searchedDepth());
      n.put("impossible", r.exhausted());
      return n;
    }
    n.put("swaps", r.distance());
    ArrayNode rev = n.putArray("reversals");
    text.reversals(space, r.orders()).forEach(rev::add);
    ObjectNode changed = n.putObject("preferences");
    for (int d : space.varied()) {
      int[] o = r.orders()[d];
      boolean moved = false;
      for (int x = 0; o != null && x < o.length; x++) {
        moved |= o[x] != x;
      }
      if (!moved) {
        continue;
      }
      PreferenceSpace.Variation v = space.variation(d);
      ArrayNode list = changed.putArray(dm(model, d));
      if (v.metric() == PreferenceSpace.Metric.STATEMENTS) {
        for (int x : o) {
          list.add(text.item(v, x).replace("“", "").replace("”", ""));
        }
      } else {
        for (int pos = 0; pos < v.tiers().length; pos++) {
          boolean in = pos >= v.from() && pos <= v.to();
          addTier(list, in ? v.tiers()[v.from() + o[pos - v.from()]] : v.tiers()[pos]);
        }
      }
    }
    return n;
  }

  /** The root of a report's JSON: the version of Parley and the model file. */
  static ObjectNode root(String modelFile) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("parley", Parley.VERSION);
    root.put("model", modelFile);
    return root;
  }

  /** A tie group of a ranking: its state's number alone, or the array of their numbers. */
  static void addTier(ArrayNode list, int[] tier) {
    if (tier.length == 1) {
      list.add(StateSpace.number(tier[0]));
    } else {
      ArrayNode t = list.addArray();
      for (int s : tier) {
        t.add(StateSpace.number(s));
      }
    }
  }

  /** A margin: {"swaps": 2} or {"swaps": null, "moreThan": 3}. */
  static ObjectNode margin(Robustness.Margin m) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("equilibrium", m.equilibrium());
    if (m.found()) {
      n.put("swaps", m.swaps());
    } else {
      n.putNull("swaps");
      n.put("moreThan", m.moreThan());
      n.put("impossible", m.never());
    }
    return n;
  }

  /** The varied part of the preferences. */
  static ArrayNode space(GraphModel model, PreferenceSpace space) {
    ArrayNode a = MAPPER.createArrayNode();
    for (int d : space.varied()) {
      PreferenceSpace.Variation v = space.variation(d);
      ObjectNode n = a.addObject();
      n.put("decisionMaker", dm(model, d));
      n.put("metric", v.metric() == PreferenceSpace.Metric.RANKING ? "ranking" : "statements");
      n.put("from", v.from() + 1);
      n.put("to", v.to() + 1);
      n.put("items", v.size());
    }
    return a;
  }
}
