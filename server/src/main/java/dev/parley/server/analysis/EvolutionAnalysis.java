package dev.parley.server.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.Coalitions;
import dev.parley.app.Deadlocks;
import dev.parley.app.Evolve;
import dev.parley.core.coalition.Coalition;
import dev.parley.core.coalition.CoalitionConcept;
import dev.parley.core.coalition.CoalitionGains;
import dev.parley.core.coalition.CoalitionResult;
import dev.parley.core.coalition.StructureReach;
import dev.parley.core.coalition.StructureResult;
import dev.parley.core.evolution.Deadlock;
import dev.parley.core.evolution.Evolution;
import dev.parley.core.evolution.Movers;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.Move;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.state.StateSpace;
import dev.parley.report.AnalysisRun;
import dev.parley.report.Briefing;
import dev.parley.report.CoalitionNarrator;
import dev.parley.report.CoalitionReport;
import dev.parley.report.English;
import dev.parley.report.EvolutionReport;
import dev.parley.report.Movement;
import dev.parley.report.Narrator;
import dev.parley.report.ResultJson;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The answers of the workbench's evolution analyses, shaped from the results of the use cases the
 * command line runs too: where the conflict can go from a state ({@link Evolve}, {@code parley
 * evolve}), the sequencing deadlocks ({@link Deadlocks}, {@code parley deadlocks}), and coalition
 * stability ({@link Coalitions}, {@code parley coalitions}, and a fixed coalition structure as
 * {@code parley analyze --coalitions}). Each answer is the command line's JSON, plus the sentences
 * the briefing would print and a description of every state it mentions.
 */
public final class EvolutionAnalysis {
  /** At most this many states are described in an answer. */
  public static final int DESCRIBED_STATES_LIMIT = 2000;

  /** At most this many broken equilibria are explained. */
  static final int BROKEN_EXPLAINED = 10;

  private EvolutionAnalysis() {}

  // ------------------------------------------------------------------ analyses

  /** Where the conflict can go: the JSON of {@code parley evolve --format json}, and more. */
  public static ObjectNode evolve(Evolve.Result result, Progress progress) {
    Evolve.Plan req = result.plan();
    GraphModel model = req.in().model;
    Movers movers = req.movers();
    Evolution ev = result.evolution();
    EvolutionReport report = new EvolutionReport(result.run()).hints(WorkbenchHints.HINTS);
    ObjectNode root = report.jsonTree();
    progress.check();
    Narrator narrator = new Narrator(model);
    Movement movement = new Movement(movers, narrator);
    int sq = result.statusQuo();
    root.put("fromLabel", narrator.label(req.from()));
    if (sq >= 0) {
      root.put("statusQuo", StateSpace.number(sq));
    } else {
      root.putNull("statusQuo");
    }
    ArrayNode ms = (ArrayNode) root.get("movers");
    for (int k = 0; k < movers.count(); k++) {
      ((ObjectNode) ms.get(k)).put("name", movement.label(k));
    }
    List<Move> first = ev.firstSteps(req.improvementsOnly());
    ArrayNode fm = (ArrayNode) root.get("firstMoves");
    for (int i = 0; i < first.size(); i++) {
      ((ObjectNode) fm.get(i)).put("sentence", movement.step(first.get(i)));
    }
    BitSet mentioned = new BitSet();
    mentioned.set(req.from());
    if (sq >= 0) {
      mentioned.set(sq);
    }
    mentioned.or(ev.reachable(req.improvementsOnly()));
    BitSet targets = report.targets();
    mentioned.or(targets);
    ArrayNode paths = (ArrayNode) root.get("paths");
    int i = 0;
    for (int s = targets.nextSetBit(0); s >= 0; s = targets.nextSetBit(s + 1), i++) {
      progress.check();
      ObjectNode pn = (ObjectNode) paths.get(i);
      pn.put("label", narrator.label(s));
      pn.put("here", s == req.from());
      List<Move> imp = ev.path(s, true);
      List<Move> any = req.improvementsOnly() ? null : ev.path(s, false);
      pn.put("reachable", s == req.from() || imp != null || any != null);
      sentence(pn, "byImprovementsSentence", imp, movement);
      if (!req.improvementsOnly()) {
        sentence(pn, "byMovesSentence", any, movement);
      }
    }
    root.set("states", states(model, narrator, mentioned));
    return root;
  }

  /** The sequencing deadlocks: the JSON of {@code parley deadlocks --format json}, and more. */
  public static ObjectNode deadlocks(Deadlocks.Result answer, Progress progress) {
    Deadlocks.Plan req = answer.plan();
    AnalysisRun run = answer.run();
    GraphModel model = run.model();
    StabilityResult result = run.result();
    Narrator narrator = new Narrator(model);
    List<Deadlock> found = answer.deadlocks();
    progress.check();
    ObjectNode root = ResultJson.deadlocksTree(run, found);
    if (answer.skipped() != null) {
      root.put("skipped", answer.skipped());
    }
    ArrayNode cs = root.putArray("concepts");
    req.concepts().forEach(c -> cs.add(c.id()));
    root.put("fromLabel", narrator.label(req.from()));
    int sq = req.in().startState(null);
    if (sq >= 0) {
      root.put("statusQuo", StateSpace.number(sq));
    } else {
      root.putNull("statusQuo");
    }
    BitSet reach = answer.reachableByImprovements();
    ArrayNode rn = root.putArray("reachableByImprovements");
    reach.stream().forEach(s -> rn.add(StateSpace.number(s)));
    BitSet mentioned = (BitSet) reach.clone();
    mentioned.set(req.from());
    Briefing briefing = new Briefing(run).hints(WorkbenchHints.HINTS);
    ArrayNode arr = (ArrayNode) root.get("deadlocks");
    for (int k = 0; k < found.size(); k++) {
      progress.check();
      Deadlock d = found.get(k);
      ObjectNode dn = (ObjectNode) arr.get(k);
      dn.put("label", narrator.shortLabel(d.target()));
      dn.put("jointLabel", narrator.shortLabel(d.joint()));
      ArrayNode names = dn.putArray("coalitionNames");
      d.coalition().forEach(m -> names.add(model.conflict().decisionMakers().get(m).name()));
      boolean holds = req.concepts().stream().anyMatch(c -> result.equilibria(c).get(d.target()));
      dn.put("holds", holds);
      dn.put("summary", briefing.deadlockSentence(d));
      ArrayNode sentences = dn.putArray("sentences");
      briefing.deadlockDetails(d).forEach(sentences::add);
      // the way there: the joint move, then the others' improvements
      ArrayNode path = dn.putArray("path");
      ObjectNode joint = path.addObject();
      joint.put("by", String.join("+", ids(model, d.coalition())));
      joint.put("from", StateSpace.number(d.from()));
      joint.put("to", StateSpace.number(d.joint()));
      joint.put("joint", true);
      mentioned.set(d.target());
      mentioned.set(d.joint());
      for (Move mv : d.afterwards()) {
        ObjectNode mn = path.addObject();
        mn.put("by", model.conflict().decisionMakers().get(mv.mover()).id());
        mn.put("from", StateSpace.number(mv.from()));
        mn.put("to", StateSpace.number(mv.to()));
        mn.put("joint", false);
        mentioned.set(mv.to());
      }
      for (Deadlock.Member mem : d.members()) {
        if (mem.solo() >= 0) {
          mentioned.set(mem.solo());
        }
      }
    }
    root.set("states", states(model, narrator, mentioned));
    return root;
  }

  /** Coalition stability: the JSON of {@code parley coalitions --format json}, and more. */
  public static ObjectNode coalitions(Coalitions.Result answer, Progress progress) {
    Coalitions.Plan req = answer.plan();
    GraphModel model = req.in().model;
    Narrator narrator = new Narrator(model);
    CoalitionNarrator words = new CoalitionNarrator(model, narrator);
    StabilityResult individual = answer.individual();
    BitSet mentioned = new BitSet();
    ObjectNode root;
    CoalitionReport report = answer.report();
    if (report != null) {
      CoalitionResult result = report.result();
      root = report.tree();
      ArrayNode meanings = root.putArray("conceptMeanings");
      for (CoalitionConcept c : req.concepts()) {
        ObjectNode m = meanings.addObject();
        m.put("id", c.id());
        m.put("label", c.label());
        m.put("individual", c.individual().label());
        m.put("meaning", c.meaning());
        mentioned.or(result.equilibria(c));
        mentioned.or(individual.equilibria(c.individual()));
      }
      ArrayNode hs = (ArrayNode) root.get("coalitions");
      int k = 0;
      for (Coalition h : result.coalitions()) {
        ((ObjectNode) hs.get(k++)).put("names", words.names(h));
      }
      if (req.statusQuo() >= 0) {
        ObjectNode evn = (ObjectNode) root.get("evolution");
        ArrayNode gains = (ArrayNode) evn.get("coalitionMoves");
        int g = 0;
        for (CoalitionGains.Gain gain : answer.gainsFromStatusQuo()) {
          ((ObjectNode) gains.get(g++)).put("sentence", words.gain(gain));
          mentioned.set(gain.from());
          mentioned.set(gain.target());
          gain.path().forEach(mv -> mentioned.set(mv.to()));
        }
        mentioned.set(req.statusQuo());
        mentioned.or(answer.reachableFromStatusQuo());
      }
      ArrayNode broken = root.putArray("broken");
      for (CoalitionReport.Broken b : report.broken(BROKEN_EXPLAINED)) {
        ObjectNode bn = broken.addObject();
        bn.put("state", StateSpace.number(b.state()));
        bn.put("label", narrator.label(b.state()));
        ArrayNode was = bn.putArray("equilibriumUnder");
        b.was().forEach(was::add);
        ArrayNode isNot = bn.putArray("notCoalitionEquilibriumUnder");
        b.isNot().forEach(isNot::add);
        bn.put("explainedUnder", b.why().id());
        ArrayNode sentences = bn.putArray("sentences");
        b.sentences().forEach(sentences::add);
      }
      root.put("brokenCount", report.brokenStates().cardinality());
    } else {
      root = ModelText.JSON.createObjectNode();
      root.put("title", model.conflict().title());
      root.put("skipped", answer.skipped());
      if (req.statusQuo() >= 0) {
        root.put("statusQuo", StateSpace.number(req.statusQuo()));
      } else {
        root.putNull("statusQuo");
      }
    }
    if (req.statusQuo() >= 0) {
      root.put("statusQuoLabel", narrator.label(req.statusQuo()));
    }
    if (answer.structure() != null) {
      AnalysisRun run = answer.structure();
      StructureResult sr = run.coalitions();
      List<Concept> order = run.concepts();
      ObjectNode sn = ResultJson.structure(run);
      sn.put("text", req.structureText());
      ArrayNode blocks = sn.putArray("blocks");
      for (Coalition b : req.structure().blocks()) {
        ObjectNode bn = blocks.addObject();
        bn.put("id", words.id(b));
        bn.put("names", words.names(b));
      }
      for (Concept c : order) {
        ObjectNode cn = (ObjectNode) sn.get(c.id());
        ArrayNode ind = cn.putArray("individualEquilibria");
        individual.equilibria(c).stream().forEach(s -> ind.add(StateSpace.number(s)));
        mentioned.or(individual.equilibria(c));
        mentioned.or(sr.equilibria(c));
      }
      if (req.statusQuo() >= 0) {
        StructureReach reach = answer.structureReach();
        ObjectNode fsq = (ObjectNode) sn.get("fromStatusQuo");
        ArrayNode only = (ArrayNode) fsq.get("onlyByBlocks");
        BitSet ob = reach.onlyByBlocks();
        int k = 0;
        for (int s = ob.nextSetBit(0); s >= 0; s = ob.nextSetBit(s + 1)) {
          ((ObjectNode) only.get(k++)).put("sentence", words.moves(reach.path(s)));
        }
        mentioned.or(reach.reachable());
        mentioned.or(reach.individually());
        mentioned.set(req.statusQuo());
      }
      root.set("structure", sn);
    }
    root.set("states", states(model, narrator, mentioned));
    return root;
  }

  // ------------------------------------------------------------------ helpers

  private static void sentence(ObjectNode n, String key, List<Move> path, Movement movement) {
    if (path == null) {
      n.putNull(key);
    } else {
      n.put(key, path.isEmpty() ? "" : English.capital(movement.steps(path)) + ".");
    }
  }

  /** {@code [{id, yn, name?, description}]} for the states mentioned, at most a limit. */
  private static ArrayNode states(GraphModel model, Narrator narrator, BitSet mentioned) {
    ArrayNode arr = ModelText.JSON.createArrayNode();
    int n = 0;
    for (int s = mentioned.nextSetBit(0);
        s >= 0 && n < DESCRIBED_STATES_LIMIT;
        s = mentioned.nextSetBit(s + 1), n++) {
      arr.add(Json.state(model, narrator, s));
    }
    return arr;
  }

  static List<String> ids(GraphModel model, List<Integer> dms) {
    List<String> out = new ArrayList<>();
    dms.forEach(d -> out.add(model.conflict().decisionMakers().get(d).id()));
    return out;
  }
}
