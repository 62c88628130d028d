package dev.parley.server.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.coalition.Coalition;
import dev.parley.core.coalition.CoalitionConcept;
import dev.parley.core.coalition.CoalitionEngine;
import dev.parley.core.coalition.CoalitionGains;
import dev.parley.core.coalition.CoalitionResult;
import dev.parley.core.coalition.CoalitionStructure;
import dev.parley.core.coalition.Deterrence;
import dev.parley.core.coalition.StructureEngine;
import dev.parley.core.coalition.StructureReach;
import dev.parley.core.coalition.StructureResult;
import dev.parley.core.evolution.Deadlock;
import dev.parley.core.evolution.Evolution;
import dev.parley.core.evolution.Movers;
import dev.parley.core.evolution.ReachTree;
import dev.parley.core.evolution.Step;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Move;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.state.StateSpace;
import dev.parley.io.LoadedModel;
import dev.parley.report.AnalysisRun;
import dev.parley.report.Briefing;
import dev.parley.report.CoalitionNarrator;
import dev.parley.report.CoalitionReport;
import dev.parley.report.English;
import dev.parley.report.EvolutionReport;
import dev.parley.report.EvolutionRun;
import dev.parley.report.Movement;
import dev.parley.report.Narrator;
import dev.parley.report.ResultJson;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The evolution analyses of the workbench, as the command line has them: where the conflict can go
 * from a state ({@code parley evolve}), the sequencing deadlocks ({@code parley deadlocks}), and
 * coalition stability ({@code parley coalitions}, and a fixed coalition structure as {@code parley
 * analyze --coalitions}). Each answer is the command line's JSON, plus the sentences the briefing
 * would print and a description of every state it mentions.
 *
 * <p>Requests are checked before any work starts, so that a bad field is a 400 naming it.
 */
public final class EvolutionAnalysis {
  /** The deepest "reachable in exactly t steps" table. */
  public static final int MAX_DEPTH = 40;

  /** The default depth of that table, as on the command line. */
  public static final int DEFAULT_DEPTH = 3;

  /** At most this many states are described in an answer. */
  public static final int DESCRIBED_STATES_LIMIT = 2000;

  /** At most this many broken equilibria are explained. */
  static final int BROKEN_EXPLAINED = 10;

  static final List<Concept> DEFAULT_TARGET_CONCEPTS =
      List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);

  private EvolutionAnalysis() {}

  // ------------------------------------------------------------------ requests

  /** What {@code POST …/evolution} asks: {@code to} is -1 for the equilibria. */
  public record EvolveRequest(
      int from,
      int to,
      List<Concept> concepts,
      int depth,
      boolean improvementsOnly,
      List<List<Integer>> blocks) {}

  /** What {@code POST …/deadlocks} asks. */
  public record DeadlockRequest(int from, List<Concept> concepts) {}

  /** What {@code POST …/coalitions} asks: {@code structure} null for none. */
  public record CoalitionRequest(
      List<CoalitionConcept> concepts,
      Deterrence deterrence,
      int statusQuo,
      CoalitionStructure structure,
      String structureText) {}

  static final Set<String> EVOLVE_FIELDS =
      Set.of("from", "to", "concepts", "depth", "improvementsOnly", "coalitions", "waitMs");
  static final Set<String> DEADLOCK_FIELDS = Set.of("from", "concepts", "waitMs");
  static final Set<String> COALITION_FIELDS =
      Set.of("concepts", "quantifier", "statusQuo", "structure", "waitMs");

  // ------------------------------------------------------------------ analyses

  /** Where the conflict can go: the JSON of {@code parley evolve --format json}, and more. */
  public static ObjectNode evolve(
      LoadedModel loaded, String file, String sha256, EvolveRequest req, Progress progress) {
    GraphModel model = loaded.graphModel();
    Movers movers =
        req.blocks().isEmpty() ? Movers.individuals(model) : Movers.blocks(model, req.blocks());
    StabilityResult result =
        new StabilityEngine(progress).analyze(model, EnumSet.copyOf(req.concepts()));
    progress.report("evolution", 0, 1);
    Evolution ev = Evolution.of(movers, req.from());
    EvolutionRun run =
        new EvolutionRun(
            ev,
            result,
            req.concepts(),
            req.to(),
            req.depth(),
            false,
            req.improvementsOnly(),
            file,
            sha256);
    EvolutionReport report = new EvolutionReport(run);
    ObjectNode root = parse(report.json());
    progress.check();
    Narrator narrator = new Narrator(model);
    Movement movement = new Movement(movers, narrator);
    int sq = EvolutionRequests.modelStatusQuo(model);
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
    List<Step> first = ev.firstSteps(req.improvementsOnly());
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
      List<Step> imp = ev.path(s, true);
      List<Step> any = req.improvementsOnly() ? null : ev.path(s, false);
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
  public static ObjectNode deadlocks(
      LoadedModel loaded, String file, String sha256, DeadlockRequest req, Progress progress) {
    GraphModel model = loaded.graphModel();
    StabilityResult result =
        new StabilityEngine(progress).analyze(model, EnumSet.copyOf(req.concepts()));
    AnalysisRun run =
        new AnalysisRun(model, result, req.concepts(), null, req.from(), file, sha256, null);
    Narrator narrator = new Narrator(model);
    progress.report("deadlocks", 0, 1);
    boolean tooLarge = model.stateCount() > Deadlock.DEFAULT_STATE_LIMIT;
    List<Deadlock> found = tooLarge ? List.of() : Deadlock.find(model, req.from());
    progress.check();
    ObjectNode root = ResultJson.deadlocksTree(run, found);
    if (tooLarge) {
      root.put(
          "skipped",
          "sequencing deadlocks are searched in models of up to "
              + Deadlock.DEFAULT_STATE_LIMIT
              + " states; this one has "
              + model.stateCount());
    }
    ArrayNode cs = root.putArray("concepts");
    req.concepts().forEach(c -> cs.add(c.id()));
    root.put("fromLabel", narrator.label(req.from()));
    int sq = EvolutionRequests.modelStatusQuo(model);
    if (sq >= 0) {
      root.put("statusQuo", StateSpace.number(sq));
    } else {
      root.putNull("statusQuo");
    }
    BitSet reach = ReachTree.of(model, req.from(), true).reachable();
    ArrayNode rn = root.putArray("reachableByImprovements");
    reach.stream().forEach(s -> rn.add(StateSpace.number(s)));
    BitSet mentioned = (BitSet) reach.clone();
    mentioned.set(req.from());
    Briefing briefing = new Briefing(run);
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
  public static ObjectNode coalitions(
      LoadedModel loaded, String file, String sha256, CoalitionRequest req, Progress progress) {
    GraphModel model = loaded.graphModel();
    Narrator narrator = new Narrator(model);
    CoalitionNarrator words = new CoalitionNarrator(model, narrator);
    EnumSet<Concept> individualConcepts = EnumSet.noneOf(Concept.class);
    req.concepts().forEach(c -> individualConcepts.add(c.individual()));
    StabilityResult individual = new StabilityEngine(progress).analyze(model, individualConcepts);
    BitSet mentioned = new BitSet();
    ObjectNode root;
    if (model.dmCount() <= CoalitionEngine.MAX_DMS) {
      progress.report("coalitions", 0, 1);
      CoalitionResult result =
          new CoalitionEngine().analyze(model, EnumSet.copyOf(req.concepts()), req.deterrence());
      progress.check();
      CoalitionReport report =
          new CoalitionReport(
              model, result, req.concepts(), individual, req.statusQuo(), file, sha256);
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
        for (CoalitionGains.Gain gain : CoalitionGains.alongEvolution(model, req.statusQuo())) {
          ((ObjectNode) gains.get(g++)).put("sentence", words.gain(gain));
          mentioned.set(gain.from());
          mentioned.set(gain.target());
          gain.path().forEach(mv -> mentioned.set(mv.to()));
        }
        mentioned.set(req.statusQuo());
        mentioned.or(ReachTree.of(model, req.statusQuo(), true).reachable());
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
      root.put(
          "skipped",
          model.dmCount()
              + " decision makers: every coalition is examined for at most "
              + CoalitionEngine.MAX_DMS
              + "; the fixed structure is analysed below");
      if (req.statusQuo() >= 0) {
        root.put("statusQuo", StateSpace.number(req.statusQuo()));
      } else {
        root.putNull("statusQuo");
      }
    }
    if (req.statusQuo() >= 0) {
      root.put("statusQuoLabel", narrator.label(req.statusQuo()));
    }
    if (req.structure() != null) {
      progress.report("coalition structure", 0, 1);
      StructureResult sr =
          new StructureEngine().analyze(model, req.structure(), individualConcepts);
      List<Concept> order = new ArrayList<>();
      for (Concept c : Concept.values()) {
        if (individualConcepts.contains(c)) {
          order.add(c);
        }
      }
      AnalysisRun run =
          new AnalysisRun(
              model, individual, order, null, req.statusQuo(), file, sha256, null, sr, null);
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
        StructureReach reach = StructureReach.of(model, req.structure(), req.statusQuo());
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

  private static void sentence(ObjectNode n, String key, List<Step> path, Movement movement) {
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

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) ModelText.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
