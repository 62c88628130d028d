package dev.parley.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.Parley;
import dev.parley.core.evolution.Deadlock;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Option;
import dev.parley.core.model.OptionPackage;
import dev.parley.core.move.Move;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Explainer;
import dev.parley.core.stability.Explanation;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.state.StateSpace;
import java.util.BitSet;
import java.util.List;

/**
 * The complete machine-readable result. Keys and their order are stable; state ids are the standard
 * 1-based numbers; decision makers and options appear in model order.
 */
public final class ResultJson {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultJson() {}

  public static String render(AnalysisRun run) {
    try {
      return MAPPER.writeValueAsString(tree(run)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The root of an analysis's JSON: the version of Parley, the model's title and {@code model} with
   * its file and hash (the caller adds to it).
   */
  static ObjectNode root(String title, String file, String sha256) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("parley", Parley.VERSION);
    root.put("title", title);
    ObjectNode model = root.putObject("model");
    model.put("file", file);
    model.put("sha256", sha256);
    return root;
  }

  /** The full document: what {@code --pretty} writes and the workbench's API returns. */
  public static ObjectNode tree(AnalysisRun run) {
    return tree(run, false);
  }

  /**
   * The document, full or compact ({@link CompactJson}): in the compact one {@code states} is a
   * placeholder the writer fills with Y/N strings, named states go to {@code stateNames}, and the
   * concepts' state lists are range strings.
   */
  static ObjectNode tree(AnalysisRun run, boolean compact) {
    GraphModel model = run.model();
    Conflict conflict = model.conflict();
    StabilityResult result = run.result();
    Narrator narrator = new Narrator(model);
    ObjectNode root = ResultJson.root(conflict.title(), run.modelFile(), run.modelHash());
    ObjectNode modelNode = (ObjectNode) root.get("model");
    if (model.isGraphForm()) {
      modelNode.put("form", "graph");
    }
    ObjectNode params = root.putObject("parameters");
    ArrayNode cs = params.putArray("concepts");
    run.concepts().forEach(c -> cs.add(c.id()));
    params.put("seqsim", "per-improvement");
    params.put("coalitionReach", "legal sequences (no decision maker moves twice in a row)");
    if (run.assignment() != null) {
      ObjectNode a = params.putObject("assignment");
      for (int d = 0; d < conflict.dmCount(); d++) {
        a.put(conflict.decisionMakers().get(d).id(), run.assignment().get(d).id());
      }
    }

    ArrayNode dms = root.putArray("decisionMakers");
    for (DecisionMaker dm : conflict.decisionMakers()) {
      ObjectNode d = dms.addObject();
      d.put("id", dm.id());
      d.put("name", dm.name());
      ArrayNode opts = d.putArray("options");
      dm.options().forEach(o -> opts.add(o.id()));
    }
    ArrayNode options = root.putArray("options");
    for (int t = 0; t < conflict.optionCount(); t++) {
      Option o = conflict.options().get(t);
      ObjectNode on = options.addObject();
      on.put("id", o.id());
      on.put("name", o.name());
      on.put("decisionMaker", conflict.decisionMakers().get(conflict.owner(t)).id());
      on.put("reversibility", o.reversibility().id());
    }
    if (!conflict.packages().isEmpty()) {
      ArrayNode ps = root.putArray("packages");
      for (OptionPackage p : conflict.packages()) {
        ObjectNode pn = ps.addObject();
        ArrayNode po = pn.putArray("options");
        p.options().forEach(t -> po.add(conflict.options().get(t).id()));
        ArrayNode owners = pn.putArray("owners");
        p.options().stream()
            .map(conflict::owner)
            .distinct()
            .forEach(d -> owners.add(dmId(conflict, d)));
        pn.put("imposed", p.imposed());
      }
    }
    if (compact) {
      root.putNull("states");
      ObjectNode names = MAPPER.createObjectNode();
      for (int s = 0; s < model.stateCount(); s++) {
        if (narrator.name(s) != null) {
          names.put(String.valueOf(StateSpace.number(s)), narrator.name(s));
        }
      }
      if (!names.isEmpty()) {
        root.set("stateNames", names);
      }
    }
    if (!compact) {
      states(root.putArray("states"), model, narrator);
    }
    if (run.statusQuo() >= 0) {
      root.put("statusQuo", StateSpace.number(run.statusQuo()));
    } else {
      root.putNull("statusQuo");
    }
    rankings(root.putObject("rankings"), model);
    for (Concept c : run.concepts()) {
      ObjectNode cn = root.putObject(c.id());
      ObjectNode sf = cn.putObject("stableFor");
      for (int d = 0; d < conflict.dmCount(); d++) {
        String id = conflict.decisionMakers().get(d).id();
        if (compact) {
          sf.put(id, CompactJson.ranges(result.stableFor(c, d)));
        } else {
          ids(sf.putArray(id), result.stableFor(c, d));
        }
      }
      if (compact) {
        cn.put("equilibria", CompactJson.ranges(result.equilibria(c)));
      } else {
        ids(cn.putArray("equilibria"), result.equilibria(c));
      }
    }
    if (run.foresight() != null) {
      foresight(root, run);
    }
    if (run.assignment() != null) {
      ObjectNode mixed = root.putObject("assigned");
      if (compact) {
        mixed.put("equilibria", CompactJson.ranges(result.equilibria(run.assignment())));
      } else {
        ids(mixed.putArray("equilibria"), result.equilibria(run.assignment()));
      }
    }
    if (run.coalitions() != null) {
      root.set("coalitions", new StructureSection(run).json(MAPPER));
    }
    if (run.statusQuo() >= 0) {
      if (model.stateCount() <= Deadlock.DEFAULT_STATE_LIMIT) {
        root.set("deadlocks", deadlocks(run));
      } else {
        root.putArray("deadlocks");
        root.put(
            "deadlocksSkipped",
            "searched in models of up to " + Deadlock.DEFAULT_STATE_LIMIT + " states");
      }
    }
    if (run.mediator() != null) {
      mediator(root, run);
    }
    if (run.perceptions() != null) {
      root.set(
          "perceptions",
          new PerceptionsReport(run.perceptions(), run.concepts(), run.modelFile()).tree());
    }
    if (run.dilemmas() != null) {
      root.set("dilemmas", new DilemmasReport(run.dilemmas(), run.modelFile()).tree());
    }
    if (run.relational() != null) {
      root.set(
          "relational",
          new RelationalReport(model, run.relational(), result, run.modelFile()).tree());
    }
    if (run.strength() != null) {
      root.set("strength", new StrengthReport(run.strength(), run.concepts()).tree());
    }
    root.set("explanations", explanations(run));
    return root;
  }

  /** Each state: its number, name if any, code, Y/N string and options. */
  private static void states(ArrayNode states, GraphModel model, Narrator narrator) {
    Conflict conflict = model.conflict();
    for (int s = 0; s < model.stateCount(); s++) {
      ObjectNode sn = states.addObject();
      sn.put("id", StateSpace.number(s));
      if (narrator.name(s) != null) {
        sn.put("name", narrator.name(s));
      }
      sn.put("code", model.space().code(s));
      sn.put("yn", model.space().yn(s));
      ObjectNode ov = sn.putObject("options");
      for (int t = 0; t < conflict.optionCount(); t++) {
        ov.put(conflict.options().get(t).id(), model.space().isTaken(s, t));
      }
    }
  }

  /**
   * Puts the model's rankings into {@code prefs}, most preferred first, by state number, a tie as a
   * list: {@code {DM: [8, [3, 5], ...]}}.
   */
  public static void rankings(ObjectNode prefs, GraphModel model) {
    Conflict conflict = model.conflict();
    for (int d = 0; d < conflict.dmCount(); d++) {
      ArrayNode tiers = prefs.putArray(conflict.decisionMakers().get(d).id());
      for (List<Integer> tier : RankingFormat.tiers(model, d)) {
        if (tier.size() == 1) {
          tiers.add(tier.get(0) + 1);
        } else {
          ArrayNode t = tiers.addArray();
          tier.forEach(s -> t.add(s + 1));
        }
      }
    }
  }

  /** The sequencing deadlocks from the run's status quo (which must be set). */
  public static ArrayNode deadlocks(AnalysisRun run) {
    return deadlocks(run, Deadlock.find(run.model(), run.statusQuo()));
  }

  /** Deadlocks found already (by {@link Deadlock#find}), in the JSON form of {@code deadlocks}. */
  public static ArrayNode deadlocks(AnalysisRun run, List<Deadlock> found) {
    GraphModel model = run.model();
    Conflict conflict = model.conflict();
    StabilityResult result = run.result();
    ArrayNode deadlocks = MAPPER.createArrayNode();
    for (Deadlock d : found) {
      ObjectNode dn = deadlocks.addObject();
      dn.put("from", StateSpace.number(d.from()));
      dn.put("to", StateSpace.number(d.target()));
      ArrayNode co = dn.putArray("coalition");
      d.coalition().forEach(m -> co.add(dmId(conflict, m)));
      dn.put("jointMoveReaches", StateSpace.number(d.joint()));
      moves(dn.putArray("afterwards"), model, d.afterwards());
      ArrayNode members = dn.putArray("members");
      for (Deadlock.Member mem : d.members()) {
        ObjectNode mn = members.addObject();
        mn.put("decisionMaker", dmId(conflict, mem.dm()));
        if (mem.solo() < 0) {
          mn.putNull("aloneReaches");
        } else {
          mn.put("aloneReaches", StateSpace.number(mem.solo()));
        }
        ArrayNode w = mn.putArray("waitsFor");
        mem.waitsFor().forEach(o -> w.add(dmId(conflict, o)));
      }
      ObjectNode holds = dn.putObject("equilibriumUnder");
      for (Concept c : run.concepts()) {
        holds.put(c.id(), result.equilibria(c).get(d.target()));
      }
    }
    return deadlocks;
  }

  /** What {@code parley deadlocks --format json} prints. */
  public static String renderDeadlocks(AnalysisRun run) {
    try {
      return MAPPER.writeValueAsString(
              deadlocksTree(run, Deadlock.find(run.model(), run.statusQuo())))
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The tree {@code parley deadlocks --format json} prints, for deadlocks found already. */
  public static ObjectNode deadlocksTree(AnalysisRun run, List<Deadlock> found) {
    ObjectNode root =
        ResultJson.root(run.model().conflict().title(), run.modelFile(), run.modelHash());
    ObjectNode modelNode = (ObjectNode) root.get("model");
    modelNode.put("form", run.model().isGraphForm() ? "graph" : "option");
    root.put("from", StateSpace.number(run.statusQuo()));
    if (run.model().isGraphForm()) {
      root.put(
          "note",
          "no deadlock analysis: joint moves change options, and the model is in graph form");
    }
    root.set("deadlocks", deadlocks(run, found));
    return root;
  }

  /**
   * The {@code coalitions} object of {@code parley analyze --coalitions} for a run with a coalition
   * structure.
   */
  public static ObjectNode structure(AnalysisRun run) {
    return new StructureSection(run).json(MAPPER);
  }

  /** The keys {@code robustness}, {@code inverse} and {@code unknownPreference}, where computed. */
  private static void mediator(ObjectNode root, AnalysisRun run) {
    GraphModel model = run.model();
    Conflict conflict = model.conflict();
    MediatorFindings f = run.mediator();
    MediatorText text = new MediatorText(model);
    if (f.margins() != null) {
      ObjectNode rn = root.putObject("robustness");
      rn.put("bound", f.bound());
      rn.put("metric", "adjacent swaps of tie groups in every decision maker's ranking");
      ObjectNode cs = rn.putObject("concepts");
      for (int c = 0; c < f.concepts().size(); c++) {
        ArrayNode list = cs.putArray(f.concepts().get(c).id());
        for (int s = 0; s < model.stateCount(); s++) {
          var m = f.margins()[c][s];
          ObjectNode e = MediatorJson.margin(m);
          e.put("state", StateSpace.number(s));
          if (m.found() && m.swaps() > 0) {
            ArrayNode rev = e.putArray("reversals");
            text.reversals(f.space(), m.change().orders()).forEach(rev::add);
          }
          list.add(e);
        }
      }
    }
    if (f.skipped() != null) {
      (root.has("robustness") ? (ObjectNode) root.get("robustness") : root.putObject("robustness"))
          .put("skipped", f.skipped());
    }
    if (!f.targets().isEmpty()) {
      ArrayNode inv = root.putArray("inverse");
      for (MediatorFindings.Target t : f.targets()) {
        ObjectNode tn = inv.addObject();
        tn.put("target", StateSpace.number(t.state()));
        tn.put("concept", t.concept().id());
        tn.put("equilibrium", t.equilibrium());
        ArrayNode dep = tn.putArray("dependsOn");
        t.critical().forEach(a -> dep.add(MediatorJson.atom(model, a)));
        tn.set("smallestChange", MediatorJson.change(model, f.space(), t.change(), text));
        tn.set("conditions", MediatorJson.conditions(model, t.conditions()));
      }
    }
    if (f.unknown() != null) {
      ObjectNode un = root.putObject("unknownPreference");
      ObjectNode pairs = un.putObject("pairs");
      var u = dev.parley.core.uncertainty.UnknownPreferences.of(model);
      for (int d = 0; d < conflict.dmCount(); d++) {
        ArrayNode pd = pairs.putArray(dmId(conflict, d));
        for (int[] pr : u.pairs(d)) {
          ArrayNode x = pd.addArray();
          x.add(StateSpace.number(pr[0]));
          x.add(StateSpace.number(pr[1]));
        }
      }
      ObjectNode cs = un.putObject("concepts");
      for (Concept c : dev.parley.core.uncertainty.UnknownStability.CONCEPTS) {
        ObjectNode cn = cs.putObject(c.id());
        for (var v : dev.parley.core.uncertainty.UnknownStability.Variant.values()) {
          ObjectNode vn = cn.putObject(v.id());
          ObjectNode sf = vn.putObject("stableFor");
          for (int d = 0; d < conflict.dmCount(); d++) {
            ids(sf.putArray(dmId(conflict, d)), f.unknown().stableFor(c, v, d));
          }
          ids(vn.putArray("equilibria"), f.unknown().equilibria(c, v));
        }
      }
    }
  }

  /** At most this many states per concept get explanations in the JSON. */
  public static final int EXPLAINED_STATES_LIMIT = 50;

  /**
   * The states an answer explains under {@code c}: the first {@code limit} equilibria of {@code c}
   * in state order, and the status quo.
   */
  public static BitSet explainedStates(AnalysisRun run, Concept c, int limit) {
    BitSet states = new BitSet();
    BitSet eq = run.result().equilibria(c);
    for (int s = eq.nextSetBit(0), k = 0; s >= 0 && k < limit; s = eq.nextSetBit(s + 1), k++) {
      states.set(s);
    }
    if (run.statusQuo() >= 0) {
      states.set(run.statusQuo());
    }
    return states;
  }

  /**
   * Explanations for the status quo and the equilibria (the first {@link #EXPLAINED_STATES_LIMIT}
   * per concept), per concept and decision maker.
   */
  private static ArrayNode explanations(AnalysisRun run) {
    GraphModel model = run.model();
    Explainer explainer = new Explainer(model);
    ArrayNode out = MAPPER.createArrayNode();
    for (Concept c : run.concepts()) {
      BitSet states = explainedStates(run, c, EXPLAINED_STATES_LIMIT);
      for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
        for (int d = 0; d < model.dmCount(); d++) {
          out.add(explanation(model, explainer.explain(c, d, s)));
        }
      }
    }
    return out;
  }

  /** One explanation as JSON. */
  public static ObjectNode explanation(GraphModel model, Explanation e) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("concept", e.concept().id());
    n.put("decisionMaker", model.conflict().decisionMakers().get(e.dm()).id());
    n.put("state", StateSpace.number(e.state()));
    n.put("stable", e.stable());
    ArrayNode imps = n.putArray("improvements");
    for (Explanation.Improvement i : e.improvements()) {
      ObjectNode in = imps.addObject();
      in.put("to", StateSpace.number(i.target()));
      if (i.sanction() == null) {
        in.putNull("sanction");
      } else {
        ObjectNode sn = in.putObject("sanction");
        sn.put("simultaneous", i.sanction().simultaneous());
        moves(sn.putArray("moves"), model, i.sanction().moves());
        sn.put("end", StateSpace.number(i.sanction().end()));
      }
    }
    return n;
  }

  private static void foresight(ObjectNode root, AnalysisRun run) {
    Conflict conflict = run.model().conflict();
    Foresight f = run.foresight();
    f.horizons()
        .forEach(
            (h, v) -> {
              ObjectNode ln = root.putObject(Foresight.label(h));
              ln.put("horizon", h);
              ObjectNode sf = ln.putObject("stableFor");
              ObjectNode some = ln.putObject("stableForUnderSomeTieResolution");
              for (int d = 0; d < conflict.dmCount(); d++) {
                String id = conflict.decisionMakers().get(d).id();
                ids(sf.putArray(id), v.stableUnderEvery()[d]);
                ids(some.putArray(id), v.stableUnderSome()[d]);
              }
              ids(ln.putArray("equilibria"), f.equilibria(h));
              ids(ln.putArray("equilibriaUnderSomeTieResolution"), f.equilibriaUnderSome(h));
            });
    if (f.nm() != null) {
      ObjectNode nm = root.putObject("NM");
      ObjectNode sf = nm.putObject("stableFor");
      ObjectNode per = nm.putObject("perDm");
      for (int d = 0; d < conflict.dmCount(); d++) {
        String id = conflict.decisionMakers().get(d).id();
        ids(sf.putArray(id), f.nm().stable()[d]);
        ObjectNode pd = per.putObject(id);
        ids(pd.putArray("stable"), f.nm().stable()[d]);
        ids(pd.putArray("unstable"), f.nm().unstable()[d]);
        ids(pd.putArray("noLimit"), f.nm().noLimit()[d]);
      }
      ids(nm.putArray("equilibria"), f.nm().equilibria());
      ArrayNode window = nm.putArray("horizons");
      window.add(f.nm().fromHorizon());
      window.add(f.nm().toHorizon());
    }
  }

  private static String dmId(Conflict conflict, int dm) {
    return conflict.decisionMakers().get(dm).id();
  }

  private static void moves(ArrayNode array, GraphModel model, List<Move> moves) {
    for (Move mv : moves) {
      ObjectNode mn = array.addObject();
      mn.put("by", dmId(model.conflict(), mv.mover()));
      mn.put("from", StateSpace.number(mv.from()));
      mn.put("to", StateSpace.number(mv.to()));
    }
  }

  private static void ids(ArrayNode array, BitSet states) {
    for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
      array.add(StateSpace.number(s));
    }
  }
}
