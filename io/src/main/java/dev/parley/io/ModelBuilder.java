package dev.parley.io;

import dev.parley.core.attitude.DeclaredAttitudes;
import dev.parley.core.drama.CardTable;
import dev.parley.core.hypergame.Hypergame;
import dev.parley.core.hypergame.Perception;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.MoveEdits;
import dev.parley.core.model.MoveSpec;
import dev.parley.core.model.Option;
import dev.parley.core.model.OptionPackage;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.Source;
import dev.parley.core.model.StatePattern;
import dev.parley.core.model.UnknownPair;
import dev.parley.core.move.ModelMoves;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.preference.PreferenceResolver;
import dev.parley.core.probability.ProbabilitySpec;
import dev.parley.core.probability.StatedProbability;
import dev.parley.core.state.StateSpace;
import dev.parley.core.strength.StrengthSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Walks the located tree of a model file and builds the {@link Conflict}. It keeps walking after
 * each problem, builds the conflict when nothing leaves a hole, and lets core validate what only
 * the feasible states can tell (rankings, payoffs), placing core's problems through the {@link
 * SourceMap}.
 */
final class ModelBuilder {
  static final List<String> TOP_KEYS =
      List.of(
          "parley",
          "title",
          "description",
          "sources",
          "decisionMakers",
          "infeasible",
          "states",
          "statusQuo",
          "packages",
          "drama",
          "timeline",
          "rights",
          "attitudes",
          "probabilityThreshold");
  static final List<String> SOURCE_KEYS =
      List.of("id", "title", "publisher", "date", "url", "file");
  static final List<String> DM_KEYS =
      List.of(
          "id",
          "name",
          "description",
          "source",
          "quote",
          "note",
          "options",
          "moves",
          "forbidMoves",
          "addMoves",
          "preferences",
          "perceives");
  static final List<String> OPTION_KEYS =
      List.of(
          "id",
          "name",
          "description",
          "reversibility",
          "taken",
          "notTaken",
          "source",
          "quote",
          "note");
  static final List<String> REVERSIBILITIES = List.of("both", "forward", "backward");

  /** The format version this reader understands. */
  static final int VERSION = 1;

  private final Problems problems;
  private final Scope scope;
  private final Fields fields;
  private final RefReader refs;
  private final SourceMap sourceMap;
  private final Consumer<int[]> shapeCheck;

  ModelBuilder(Problems problems, String text, SourceMap sourceMap, Consumer<int[]> shapeCheck) {
    this.shapeCheck = shapeCheck;
    this.problems = problems;
    this.scope = new Scope(problems, text);
    this.fields = scope.fields;
    this.refs = new RefReader(scope);
    this.sourceMap = sourceMap;
  }

  /** A decision maker as read, before its preferences and moves can be resolved. */
  private record DmDraft(DecisionMaker dm, Node.MapNode node, Node preferences, String label) {}

  LoadedModel build(Node root) throws ModelLoadException {
    Node.MapNode written = fields.map(root, "the model");
    if (written == null) {
      throw new ModelLoadException(problems.sorted());
    }
    fields.keys(written, TOP_KEYS, "at the top level");
    RightsReader rights = new RightsReader(scope);
    Node.MapNode top = rights.desugar(written);
    version(top);
    scope.graphForm = isGraphForm(top);
    String title = fields.text(top, "title", "at the top level");
    String description = fields.text(top, "description", "at the top level");
    List<Source> sources = sources(top.get("sources"));
    ReadLimits.checkModelSize(top, scope.graphForm, problems, shapeCheck);
    List<DmDraft> dms = decisionMakers(top);
    List<Infeasibility> rules =
        scope.graphForm
            ? new ArrayList<>()
            : new RuleReader(scope, refs).read(top.get("infeasible"));
    rules.addAll(rights.rules());
    MoveReader moveReader = new MoveReader(scope, refs);
    List<OptionPackage> packages =
        top.has("packages") ? moveReader.packages(top.get("packages")) : List.of();
    if (scope.graphForm) {
      scope.notInGraphForm(
          top, "infeasible", "list only the states that can occur under 'states:'");
      scope.notInGraphForm(
          written,
          "rights",
          "a right relates options; in graph form leave the move out of 'moves:'");
      scope.notInGraphForm(
          top,
          "packages",
          "a package joins options; in graph form list the joint move under 'moves:' of each"
              + " decision maker that controls it");
      if (!top.has("states")) {
        problems.at(
            top,
            "a graph-form model (decision makers with 'moves:') needs 'states:'",
            "list the states, each with an id, under 'states:'");
      }
    }
    boolean statesKnowable = problems.hardCount() == 0;
    List<NamedStateReader.Draft> named = new NamedStateReader(scope, refs).read(top.get("states"));
    List<PreferenceReader.Draft> drafts = new ArrayList<>();
    List<List<MoveReader.Draft>> forbidDrafts = new ArrayList<>();
    List<List<MoveReader.Draft>> addDrafts = new ArrayList<>();
    List<PreferenceReader.UnknownDraft> unknownDrafts = new ArrayList<>();
    PreferenceReader prefs = new PreferenceReader(scope, refs);
    ProbabilityReader probabilityReader = new ProbabilityReader(scope, refs);
    List<ProbabilityReader.Draft> probabilityDrafts = new ArrayList<>();
    List<Double> dmThresholds = new ArrayList<>();
    StrengthReader strength = new StrengthReader(scope, refs);
    PerceptionReader perceptionReader = new PerceptionReader(scope, refs, prefs);
    List<PerceptionReader.Draft> perceptionDrafts = new ArrayList<>();
    List<String> dmIds = dms.stream().map(d -> d.dm().id()).toList();
    for (DmDraft d : dms) {
      Node perceives = d.node() == null ? null : d.node().get("perceives");
      if (perceives != null) {
        perceptionDrafts.add(perceptionReader.read(perceives, dms.indexOf(d), dmIds, d.label()));
      }
      Node p = d.preferences();
      if (scope.graphForm && p instanceof Node.MapNode pm && pm.has("statements")) {
        problems.at(
            pm.get("statements"),
            "statements are conditions on options, and a graph-form model has none (in the"
                + " preferences of "
                + d.label()
                + ")",
            "give a 'ranking:' or 'payoffs:' over the listed states");
        p = null;
      }
      drafts.add(p == null ? null : prefs.read(p, d.label()));
      forbidDrafts.add(moveList(moveReader, d, "forbidMoves"));
      addDrafts.add(moveList(moveReader, d, scope.graphForm ? "moves" : "addMoves"));
      unknownDrafts.add(prefs.unknown(d.preferences(), d.label()));
      probabilityDrafts.add(probabilityReader.read(d.preferences(), d.label()));
      dmThresholds.add(
          probabilityReader.threshold(
              d.preferences(), "threshold", "'threshold' in the preferences of " + d.label()));
      strength.read(d.preferences(), d.label());
    }
    Double threshold =
        probabilityReader.threshold(top, "probabilityThreshold", "'probabilityThreshold'");
    DramaReader.Draft dramaDraft =
        top.has("drama") ? new DramaReader(scope, refs).read(top.get("drama"), dmIds) : null;
    DeclaredAttitudes attitudes =
        top.has("attitudes") ? new AttitudeReader(scope).read(top.get("attitudes"), dmIds) : null;
    Node sqNode = top.get("statusQuo");
    RefReader.Ref statusQuoRef = sqNode == null ? null : refs.read(sqNode, "'statusQuo'");

    StateSpace space = null;
    if (statesKnowable) {
      try {
        space =
            scope.graphForm
                ? StateSpace.graphForm(graphStateCount(top))
                : StateSpace.of(scope.optionCount(), rules);
      } catch (ModelException e) {
        for (Diagnostic d : sourceMap.diagnostics(e)) {
          problems.add(d);
        }
      }
    }
    StatePattern statusQuo = null;
    List<PreferenceSpec> specs = new ArrayList<>();
    List<MoveEdits> edits = new ArrayList<>();
    List<List<UnknownPair>> unknown = new ArrayList<>();
    List<Perception> perceptions = new ArrayList<>();
    CardTable drama = null;
    List<List<StatedProbability>> stated = new ArrayList<>();
    if (space != null) {
      drama = dramaDraft == null ? null : dramaDraft.resolve(space);
      if (!scope.graphForm) {
        for (NamedStateReader.Draft s : named) {
          refs.single(s.state().pattern(), space, s.node(), "state '" + s.state().id() + "'");
        }
      }
      if (statusQuoRef != null) {
        statusQuo = refs.resolve(statusQuoRef, space);
        if (statusQuo != null) {
          refs.single(statusQuo, space, sqNode, "the status quo");
        }
      }
      for (PreferenceReader.Draft d : drafts) {
        specs.add(d == null ? null : d.resolve(space));
      }
      for (int d = 0; d < dms.size(); d++) {
        edits.add(
            new MoveEdits(resolve(forbidDrafts.get(d), space), resolve(addDrafts.get(d), space)));
      }
      for (PreferenceReader.UnknownDraft u : unknownDrafts) {
        unknown.add(u == null ? null : u.resolve(space));
      }
      for (PerceptionReader.Draft pd : perceptionDrafts) {
        perceptions.add(pd == null ? null : pd.resolve(space));
      }
      for (ProbabilityReader.Draft pd : probabilityDrafts) {
        stated.add(pd == null ? null : pd.resolve(space));
      }
      strength.resolve(space);
    }
    if (problems.hardCount() == 0 && space != null) {
      Conflict.Builder b =
          Conflict.builder().title(title).description(description).graphForm(scope.graphForm);
      dms.forEach(d -> b.decisionMaker(d.dm()));
      rules.forEach(b::infeasibility);
      specs.forEach(b::preference);
      named.forEach(s -> b.namedState(s.state()));
      sources.forEach(b::source);
      packages.forEach(b::optionPackage);
      for (int d = 0; d < edits.size(); d++) {
        if (!edits.get(d).isEmpty()) {
          b.moveEdits(d, edits.get(d));
        }
      }
      b.statusQuo(statusQuo);
      for (int d = 0; d < unknown.size(); d++) {
        if (unknown.get(d) != null) {
          for (UnknownPair pair : unknown.get(d)) {
            b.unknownPreference(d, pair);
          }
        }
      }
      try {
        Conflict conflict = b.build();
        int[][] payoffs = PreferenceResolver.resolve(conflict, space);
        MoveGraph moves = ModelMoves.build(conflict, space);
        StrengthSpec great = strength.check(payoffs, space);
        problems.throwIfAny();
        ProbabilitySpec probabilities = new ProbabilitySpec(stated, dmThresholds, threshold);
        LoadedModel model =
            new LoadedModel(
                conflict,
                space,
                payoffs,
                moves,
                sourceMap,
                perceptions,
                drama,
                attitudes,
                probabilities.isEmpty() ? null : probabilities,
                great);
        if (!perceptions.isEmpty()) {
          Hypergame.games(model.graphModel(), perceptions); // believed rankings cover the states
        }
        model.timeline(
            new PhaseReader(scope)
                .timeline(
                    written,
                    tree ->
                        new ModelBuilder(
                                problems,
                                scope.text,
                                SourceMap.of(sourceMap.file(), tree),
                                shapeCheck)
                            .build(tree)));
        return model;
      } catch (ModelException e) {
        for (Diagnostic d : sourceMap.diagnostics(e)) {
          problems.add(d);
        }
      }
    }
    problems.throwIfAny();
    throw new IllegalStateException("a model with holes but no reported problem");
  }

  /**
   * Graph form: some decision maker lists its {@code moves} (states and moves instead of options).
   */
  private static boolean isGraphForm(Node.MapNode top) {
    if (top.get("decisionMakers") instanceof Node.ListNode l) {
      for (Node item : l.items()) {
        if (item instanceof Node.MapNode m && m.has("moves")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The number of entries under 'states', each a state of a graph-form model. */
  private static int graphStateCount(Node.MapNode top) {
    return top.get("states") instanceof Node.ListNode l ? l.items().size() : 0;
  }

  private List<MoveReader.Draft> moveList(MoveReader reader, DmDraft d, String key) {
    Node n = d.node() == null ? null : d.node().get(key);
    return n == null ? List.of() : reader.read(n, key, d.label());
  }

  private static List<MoveSpec> resolve(List<MoveReader.Draft> drafts, StateSpace space) {
    List<MoveSpec> out = new ArrayList<>();
    for (MoveReader.Draft d : drafts) {
      MoveSpec m = d.resolve(space);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  private void version(Node.MapNode top) {
    Node v = top.get("parley");
    if (v == null) {
      return;
    }
    if (!(v instanceof Node.ScalarNode s) || !(s.value() instanceof Long)) {
      fields.wrongType(v, "'parley'", "the format version number", "write 'parley: 1'");
    } else if ((Long) s.value() != VERSION) {
      problems.at(
          v,
          "unsupported format version " + s.value(),
          "this version of Parley reads format " + VERSION);
    }
  }

  private List<Source> sources(Node n) {
    List<Source> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    Node.ListNode l = fields.list(n, "'sources'");
    if (l == null) {
      return out;
    }
    Map<String, Node> seen = new HashMap<>();
    for (int i = 0; i < l.items().size(); i++) {
      Node.MapNode m = fields.map(l.items().get(i), "source " + (i + 1));
      if (m == null) {
        continue;
      }
      String id = fields.id(m, "id", "in source " + (i + 1), "source");
      String where = id == null ? "in source " + (i + 1) : "in source '" + id + "'";
      fields.keys(m, SOURCE_KEYS, where);
      String title =
          fields.requiredText(m, "title", where, "add 'title: ...', the headline or citation");
      if (id != null && fields.unique(seen, id, m.get("id"), "source")) {
        scope.sourceIds.add(id);
      }
      out.add(
          new Source(
              id,
              title,
              fields.text(m, "publisher", where),
              fields.text(m, "date", where),
              fields.text(m, "url", where),
              fields.text(m, "file", where)));
    }
    return out;
  }

  private List<DmDraft> decisionMakers(Node.MapNode top) {
    List<DmDraft> out = new ArrayList<>();
    Node n =
        fields.required(
            top,
            "decisionMakers",
            "at the top level",
            "list the parties under 'decisionMakers:', each with an id, options and preferences");
    if (n == null) {
      return out;
    }
    Node.ListNode l = fields.list(n, "'decisionMakers'");
    if (l == null) {
      return out;
    }
    if (l.items().size() < 2) {
      problems.at(
          n,
          "a conflict needs at least two decision makers, found " + l.items().size(),
          "add the other parties under 'decisionMakers:'");
    }
    Map<String, Node> seenDms = new HashMap<>();
    Map<String, Node> seenOptions = new HashMap<>();
    for (int d = 0; d < l.items().size(); d++) {
      Node.MapNode m = fields.map(l.items().get(d), "decision maker " + (d + 1));
      if (m == null) {
        continue;
      }
      String id = fields.id(m, "id", "in decision maker " + (d + 1), "decision maker");
      String label = id == null ? "decision maker " + (d + 1) : "'" + id + "'";
      String where = id == null ? "in decision maker " + (d + 1) : "in decision maker '" + id + "'";
      fields.keys(m, DM_KEYS, where);
      if (id != null) {
        fields.unique(seenDms, id, m.get("id"), "decision maker");
      }
      List<Option> options;
      if (scope.graphForm) {
        scope.notInGraphForm(
            m,
            "options",
            "a graph-form model lists states and moves, not options: remove 'options'");
        scope.notInGraphForm(m, "forbidMoves", "leave the move out of 'moves:'");
        scope.notInGraphForm(m, "addMoves", "list every move under 'moves:'");
        if (!m.has("moves")) {
          problems.at(
              m,
              "missing 'moves' " + where + " (the model is in graph form)",
              "list its moves as 'moves: [{from: STATE, to: [STATE, ...]}]', or 'moves: []' if it"
                  + " has none");
        }
        options = List.of();
      } else {
        options = options(m, where, label, seenOptions);
      }
      Node prefs = m.get("preferences");
      if (prefs == null) {
        problems.at(
            m,
            "missing 'preferences' " + where,
            "add 'preferences:' with 'statements:', 'ranking:' or 'payoffs:'");
      }
      DecisionMaker dm =
          new DecisionMaker(
              id,
              fields.text(m, "name", where),
              fields.text(m, "description", where),
              options,
              scope.provenance(m, where));
      out.add(new DmDraft(dm, m, prefs, label));
    }
    return out;
  }

  private List<Option> options(
      Node.MapNode dm, String dmWhere, String dmLabel, Map<String, Node> seen) {
    List<Option> out = new ArrayList<>();
    Node n =
        fields.required(
            dm,
            "options",
            dmWhere,
            "list the options this decision maker controls under 'options:'");
    if (n == null) {
      return out;
    }
    Node.ListNode l =
        fields.nonEmptyList(
            n, "'options' of " + dmLabel, "give it at least one option it can take");
    if (l == null) {
      return out;
    }
    for (int k = 0; k < l.items().size(); k++) {
      String fallback = "option " + (k + 1) + " of " + dmLabel;
      Node.MapNode m = fields.map(l.items().get(k), fallback);
      if (m == null) {
        scope.optionIds.add("#" + (scope.optionCount() + 1));
        continue;
      }
      String id = fields.id(m, "id", "in " + fallback, "option");
      String where = id == null ? "in " + fallback : "in option '" + id + "'";
      fields.keys(m, OPTION_KEYS, where);
      if (id != null && fields.unique(seen, id, m.get("id"), "option")) {
        scope.optionIndex.put(id, scope.optionCount());
      }
      scope.optionIds.add(id == null ? "#" + (scope.optionCount() + 1) : id);
      out.add(
          new Option(
              id,
              fields.text(m, "name", where),
              fields.text(m, "description", where),
              reversibility(m, where),
              scope.provenance(m, where),
              fields.text(m, "taken", where),
              fields.text(m, "notTaken", where)));
    }
    return out;
  }

  private Reversibility reversibility(Node.MapNode m, String where) {
    Node n = m.get("reversibility");
    if (n == null) {
      return Reversibility.BOTH;
    }
    String text = fields.name(n, "'reversibility' " + where);
    if (text == null) {
      return Reversibility.BOTH;
    }
    Reversibility r = Reversibility.parse(text);
    if (r == null) {
      problems.soft(
          n,
          "invalid reversibility '" + text + "' " + where,
          Suggestions.hint(text, REVERSIBILITIES, "allowed") + "; GMCR+'s fwd and back also work");
      return Reversibility.BOTH;
    }
    return r;
  }
}
