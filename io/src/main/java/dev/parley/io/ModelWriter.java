package dev.parley.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parley.core.attitude.DeclaredAttitudes;
import dev.parley.core.attitude.RelationalPreference;
import dev.parley.core.drama.CardTable;
import dev.parley.core.drama.Doubt;
import dev.parley.core.drama.Position;
import dev.parley.core.hypergame.Perception;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.MoveEdits;
import dev.parley.core.model.MoveSpec;
import dev.parley.core.model.NamedState;
import dev.parley.core.model.Option;
import dev.parley.core.model.OptionPackage;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.Source;
import dev.parley.core.model.StatePattern;
import dev.parley.core.model.UnknownPair;
import dev.parley.core.probability.ProbabilitySpec;
import dev.parley.core.probability.StatedProbability;
import dev.parley.core.state.StateSpace;
import dev.parley.core.statement.Formula;
import dev.parley.core.strength.GreatPreference;
import dev.parley.core.strength.StrengthSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Conflict} as a Parley model file that {@link ModelReader} reads back to the same
 * model. Statements are written in the statement language with option ids; states in rankings,
 * payoffs and the status quo by named-state id where one picks exactly the same states, else as
 * Y/N/- strings.
 */
public final class ModelWriter {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Conflict conflict;
  private final StateNames names;
  private final Map<Integer, Perception> perceptions = new LinkedHashMap<>();
  private final CardTable drama;
  private final DeclaredAttitudes attitudes;
  private final ProbabilitySpec probabilities;
  private final StrengthSpec strength;

  private ModelWriter(
      Conflict conflict,
      List<Perception> perceptions,
      CardTable drama,
      DeclaredAttitudes attitudes,
      ProbabilitySpec probabilities,
      StrengthSpec strength) {
    this.conflict = conflict;
    this.drama = drama;
    this.attitudes = attitudes;
    this.probabilities = probabilities;
    this.strength = strength == null ? StrengthSpec.none(conflict.dmCount()) : strength;
    perceptions.forEach(p -> this.perceptions.put(p.holder(), p));
    StateSpace s = null;
    // only named states need the feasible states; without them every reference is a Y/N/- string,
    // and a large model (a synthetic one of 28 options) is written without enumerating 2^28 codes
    if (!conflict.namedStates().isEmpty()) {
      try {
        s = StateSpace.of(conflict);
      } catch (ModelException e) {
        s = null; // no feasible state: references are written as Y/N/- strings
      }
    }
    this.names = new StateNames(conflict, s);
  }

  /** The model file text of {@code conflict}. */
  public static String write(Conflict conflict, Format format) {
    return write(conflict, List.of(), format);
  }

  /** The model file text of {@code conflict} with what its decision makers perceive. */
  public static String write(Conflict conflict, List<Perception> perceptions, Format format) {
    return write(conflict, perceptions, null, format);
  }

  /**
   * The model file text of {@code conflict} with what its decision makers perceive and its card
   * table ({@code drama:}; null: none).
   */
  public static String write(
      Conflict conflict, List<Perception> perceptions, CardTable drama, Format format) {
    return write(conflict, perceptions, drama, null, null, null, format);
  }

  /** The model file text of a model as read: every part {@link LoadedModel} holds. */
  public static String write(LoadedModel model, Format format) {
    return write(
        model.conflict(),
        model.perceptions(),
        model.drama(),
        model.attitudes(),
        model.probabilities(),
        model.strength(),
        format);
  }

  /**
   * The model file text of {@code conflict} with what its decision makers perceive, its card table,
   * its attitudes ({@code attitudes:}, docs/semantics.md §3.4), its probabilistic preferences
   * ({@code probabilities:}, {@code threshold:}, {@code probabilityThreshold:}) and its strength of
   * preference ({@code greatly:}, {@code greatGap:}); null: none.
   */
  public static String write(
      Conflict conflict,
      List<Perception> perceptions,
      CardTable drama,
      DeclaredAttitudes attitudes,
      ProbabilitySpec probabilities,
      StrengthSpec strength,
      Format format) {
    Map<String, Object> tree =
        new ModelWriter(conflict, perceptions, drama, attitudes, probabilities, strength).tree();
    if (format == Format.YAML) {
      return YamlEmitter.emit(tree);
    }
    try {
      return JSON.writeValueAsString(YamlEmitter.plain(tree)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // maps, lists and scalars always serialize
    }
  }

  /**
   * Writes {@code conflict} to {@code path} atomically (see {@link AtomicFiles}); the format
   * follows the extension.
   */
  public static void writeAtomically(Conflict conflict, Path path) throws IOException {
    AtomicFiles.write(path, write(conflict, Format.of(path)));
  }

  private Map<String, Object> tree() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("parley", (long) ModelBuilder.VERSION);
    putText(root, "title", conflict.title());
    putText(root, "description", conflict.description());
    if (!conflict.sources().isEmpty()) {
      List<Object> sources = new ArrayList<>();
      for (Source s : conflict.sources()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", s.id());
        putText(o, "title", s.title());
        putText(o, "publisher", s.publisher());
        putText(o, "date", s.date());
        putText(o, "url", s.url());
        putText(o, "file", s.file());
        sources.add(o);
      }
      root.put("sources", sources);
    }
    if (conflict.isGraphForm()) {
      putStates(root); // the states first: the moves refer to them
    }
    List<Object> dms = new ArrayList<>();
    for (int d = 0; d < conflict.dmCount(); d++) {
      dms.add(decisionMaker(conflict.decisionMakers().get(d), d));
    }
    root.put("decisionMakers", dms);
    List<Object> rights = new ArrayList<>();
    conflict.infeasibilities().stream()
        .filter(Infeasibility::isRight)
        .forEach(r -> rights.add(right(r)));
    if (conflict.infeasibilities().stream().anyMatch(r -> !r.isRight())) {
      List<Object> rules = new ArrayList<>();
      conflict.infeasibilities().stream()
          .filter(r -> !r.isRight())
          .forEach(r -> rules.add(rule(r)));
      root.put("infeasible", rules);
    }
    if (!rights.isEmpty()) {
      root.put("rights", rights);
    }
    if (!conflict.isGraphForm()) {
      putStates(root);
    }
    if (!conflict.packages().isEmpty()) {
      List<Object> packages = new ArrayList<>();
      for (OptionPackage p : conflict.packages()) {
        Map<String, Object> o = new LinkedHashMap<>();
        List<Object> ids = new ArrayList<>();
        p.options().forEach(t -> ids.add(conflict.options().get(t).id()));
        o.put("options", new YamlEmitter.Flow(ids));
        if (p.imposed()) {
          o.put("imposed", true);
        }
        putProvenance(o, p.provenance());
        packages.add(o);
      }
      root.put("packages", packages);
    }
    if (conflict.statusQuo() != null) {
      root.put("statusQuo", reference(conflict.statusQuo()));
    }
    if (drama != null) {
      root.put("drama", drama());
    }
    if (attitudes != null) {
      root.put("attitudes", attitudes());
    }
    if (probabilities != null && probabilities.threshold() != null) {
      root.put("probabilityThreshold", probabilities.threshold());
    }
    return root;
  }

  /** The attitudes, {@code attitudes:}, as written (docs/semantics.md §3.4), each as a word. */
  private Map<String, Object> attitudes() {
    Map<String, Object> o = new LinkedHashMap<>();
    if (attitudes.reading() != RelationalPreference.Reading.WEAK) {
      o.put(AttitudeReader.READING, attitudes.reading().name().toLowerCase(java.util.Locale.ROOT));
    }
    for (DeclaredAttitudes.Entry e : attitudes.entries()) {
      String holder = conflict.decisionMakers().get(e.holder()).id();
      @SuppressWarnings("unchecked")
      Map<String, Object> row =
          (Map<String, Object>) o.computeIfAbsent(holder, k -> new LinkedHashMap<String, Object>());
      String word = e.attitude() > 0 ? "devoting" : e.attitude() < 0 ? "aggressive" : "neutral";
      Object value = word;
      if (!e.provenance().isEmpty()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("attitude", word);
        putProvenance(x, e.provenance());
        value = x;
      }
      row.put(conflict.decisionMakers().get(e.toward()).id(), value);
    }
    return o;
  }

  /** The card table, {@code drama:} (docs/semantics.md §5.2). */
  private Map<String, Object> drama() {
    Map<String, Object> o = new LinkedHashMap<>();
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("future", reference(drama.threatened()));
    putProvenance(t, drama.threatenedProvenance());
    o.put("threatened", t);
    if (!drama.positions().isEmpty()) {
      List<Object> ps = new ArrayList<>();
      for (Position p : drama.positions()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("party", conflict.decisionMakers().get(p.holder()).id());
        x.put("future", reference(p.future()));
        putProvenance(x, p.provenance());
        ps.add(x);
      }
      o.put("positions", ps);
    }
    if (!drama.doubts().isEmpty()) {
      List<Object> ds = new ArrayList<>();
      for (Doubt d : drama.doubts()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("party", conflict.decisionMakers().get(d.doubter()).id());
        x.put("doubts", conflict.decisionMakers().get(d.doubted()).id());
        x.put("about", d.about().name().toLowerCase(java.util.Locale.ROOT));
        putProvenance(x, d.provenance());
        ds.add(x);
      }
      o.put("doubts", ds);
    }
    return o;
  }

  private void putStates(Map<String, Object> root) {
    if (!conflict.namedStates().isEmpty()) {
      List<Object> states = new ArrayList<>();
      for (NamedState s : conflict.namedStates()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", s.id());
        putText(o, "description", s.description());
        if (!conflict.isGraphForm()) {
          o.put("options", optionValues(s.pattern()));
        }
        states.add(o);
      }
      root.put("states", states);
    }
  }

  private Map<String, Object> decisionMaker(DecisionMaker dm, int d) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", dm.id());
    if (!dm.name().equals(dm.id())) {
      o.put("name", dm.name());
    }
    putText(o, "description", dm.description());
    putProvenance(o, dm.provenance());
    List<Object> options = new ArrayList<>();
    for (Option opt : dm.options()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("id", opt.id());
      if (!opt.name().equals(opt.id())) {
        x.put("name", opt.name());
      }
      putText(x, "description", opt.description());
      if (opt.reversibility() != Reversibility.BOTH) {
        x.put("reversibility", opt.reversibility().id());
      }
      putText(x, "taken", opt.taken());
      putText(x, "notTaken", opt.notTaken());
      putProvenance(x, opt.provenance());
      options.add(x);
    }
    MoveEdits edits = conflict.moveEdits(d);
    if (conflict.isGraphForm()) {
      o.put("moves", moves(edits.add()));
    } else {
      o.put("options", options);
      if (!edits.forbid().isEmpty()) {
        o.put("forbidMoves", moves(edits.forbid()));
      }
      if (!edits.add().isEmpty()) {
        o.put("addMoves", moves(edits.add()));
      }
    }
    if (d < conflict.preferences().size()) {
      Map<String, Object> prefs = preferences(conflict.preferences().get(d));
      if (!conflict.unknownPairs(d).isEmpty()) {
        List<Object> pairs = new ArrayList<>();
        for (UnknownPair pair : conflict.unknownPairs(d)) {
          pairs.add(new YamlEmitter.Flow(List.of(reference(pair.a()), reference(pair.b()))));
        }
        prefs.put("unknown", pairs);
      }
      if (probabilities != null) {
        putProbabilities(prefs, d);
      }
      putStrength(prefs, strength.party(d));
      o.put("preferences", prefs);
    }
    Perception p = perceptions.get(d);
    if (p != null) {
      o.put("perceives", perceives(p));
    }
    return o;
  }

  /** A decision maker's {@code greatly:} and {@code greatGap:} (docs/semantics.md §5.4). */
  private void putStrength(Map<String, Object> prefs, StrengthSpec.Party party) {
    if (party.greatGap() != null) {
      prefs.put("greatGap", number(party.greatGap()));
    }
    if (!party.greatly().isEmpty()) {
      List<Object> pairs = new ArrayList<>();
      for (GreatPreference p : party.greatly()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("better", reference(p.better()));
        x.put("worse", reference(p.worse()));
        putProvenance(x, p.provenance());
        pairs.add(x);
      }
      prefs.put("greatly", pairs);
    }
  }

  /** A decision maker's {@code perceives:} (docs/semantics.md §6). */
  private Map<String, Object> perceives(Perception p) {
    Map<String, Object> o = new LinkedHashMap<>();
    if (!p.preferences().isEmpty()) {
      Map<String, Object> beliefs = new LinkedHashMap<>();
      p.preferences()
          .forEach(
              (d, spec) -> beliefs.put(conflict.decisionMakers().get(d).id(), preferences(spec)));
      o.put("preferences", beliefs);
    }
    if (!p.unaware().isEmpty()) {
      o.put(
          "unaware",
          new YamlEmitter.Flow(
              p.unaware().stream().map(t -> (Object) conflict.options().get(t).id()).toList()));
    }
    if (!p.hidden().isEmpty()) {
      o.put("hidden", p.hidden().stream().map(h -> (Object) reference(h)).toList());
    }
    if (!p.indistinct().isEmpty()) {
      List<Object> groups = new ArrayList<>();
      for (List<StatePattern> g : p.indistinct()) {
        groups.add(new YamlEmitter.Flow(g.stream().map(x -> (Object) reference(x)).toList()));
      }
      o.put("indistinct", groups);
    }
    putProvenance(o, p.provenance());
    return o;
  }

  private List<Object> moves(List<MoveSpec> specs) {
    List<Object> out = new ArrayList<>();
    for (MoveSpec m : specs) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("from", reference(m.from()));
      if (m.to().size() == 1) {
        x.put("to", reference(m.to().get(0)));
      } else {
        List<Object> to = new ArrayList<>();
        m.to().forEach(t -> to.add(reference(t)));
        x.put("to", new YamlEmitter.Flow(to));
      }
      putProvenance(x, m.provenance());
      out.add(m.provenance().isEmpty() ? new YamlEmitter.Flow(x) : x);
    }
    return out;
  }

  private Map<String, Object> preferences(PreferenceSpec spec) {
    Map<String, Object> o = new LinkedHashMap<>();
    List<Object> list = new ArrayList<>();
    if (spec instanceof PreferenceSpec.Prioritization p) {
      for (PreferenceSpec.Statement s : p.statements()) {
        String text = render(s.formula());
        if (s.provenance().isEmpty()) {
          list.add(text);
        } else {
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("statement", text);
          putProvenance(x, s.provenance());
          list.add(x);
        }
      }
      o.put("statements", list);
    } else if (spec instanceof PreferenceSpec.DirectRanking r) {
      for (List<StatePattern> tier : r.tiers()) {
        if (tier.size() == 1) {
          list.add(reference(tier.get(0)));
        } else {
          List<Object> group = new ArrayList<>();
          tier.forEach(p -> group.add(reference(p)));
          list.add(new YamlEmitter.Flow(group));
        }
      }
      o.put("ranking", list);
    } else if (spec instanceof PreferenceSpec.Payoffs p) {
      for (PreferenceSpec.Payoffs.Entry e : p.entries()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("state", reference(e.pattern()));
        double v = e.value();
        x.put("value", number(v));
        list.add(new YamlEmitter.Flow(x));
      }
      o.put("payoffs", list);
    }
    return o;
  }

  /**
   * A decision right as a model file writes it: the act, the party that consents or vetoes, and
   * (for consent) the option that gives it; the option itself is written with its party's.
   */
  private Map<String, Object> right(Infeasibility r) {
    Map<String, Object> o = new LinkedHashMap<>();
    int act = r.options().get(0);
    int by = r.options().get(1);
    o.put("option", conflict.options().get(act).id());
    String holder = conflict.decisionMakers().get(conflict.owner(by)).id();
    o.put(r.kind().key(), holder);
    o.put("as", conflict.options().get(by).id());
    putProvenance(o, r.provenance());
    return o;
  }

  private Map<String, Object> rule(Infeasibility r) {
    Map<String, Object> o = new LinkedHashMap<>();
    switch (r.kind()) {
      case PATTERN:
        o.put(r.kind().key(), optionValues(patternOf(r)));
        break;
      case FORMULA:
        o.put(r.kind().key(), render(r.infeasibleWhen()));
        break;
      default:
        List<Object> ids = new ArrayList<>();
        r.options().forEach(t -> ids.add(conflict.options().get(t).id()));
        o.put(r.kind().key(), new YamlEmitter.Flow(ids));
        break;
    }
    putProvenance(o, r.provenance());
    return o;
  }

  /**
   * The option values a pattern rule fixes. Its formula is the conjunction of one literal per
   * option: {@code Taken(t)} for a taken option, {@code Not(Taken(t))} for one not taken.
   */
  private static StatePattern patternOf(Infeasibility r) {
    long mask = 0;
    long value = 0;
    for (int t : r.options()) {
      mask |= 1L << t;
      if (positiveLiteral(r.infeasibleWhen(), t)) {
        value |= 1L << t;
      }
    }
    return new StatePattern(mask, value);
  }

  private static boolean positiveLiteral(Formula f, int t) {
    if (f instanceof Formula.Taken k) {
      return k.option() == t;
    }
    if (f instanceof Formula.And a) {
      return a.operands().stream().anyMatch(x -> positiveLiteral(x, t));
    }
    return false;
  }

  private YamlEmitter.Flow optionValues(StatePattern p) {
    Map<String, Object> o = new LinkedHashMap<>();
    for (int t = 0; t < conflict.optionCount(); t++) {
      if ((p.mask() >>> t & 1L) != 0) {
        o.put(conflict.options().get(t).id(), (p.value() >>> t & 1L) != 0);
      }
    }
    return new YamlEmitter.Flow(o);
  }

  private String reference(StatePattern p) {
    return names.reference(p);
  }

  private String render(Formula f) {
    return f.render(t -> conflict.options().get(t).id());
  }

  private static void putText(Map<String, Object> o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }

  /** Decision maker {@code d}'s {@code probabilities:} and {@code threshold:} (§5.5). */
  private void putProbabilities(Map<String, Object> prefs, int d) {
    List<StatedProbability> stated = probabilities.stated().get(d);
    if (!stated.isEmpty()) {
      List<Object> list = new ArrayList<>();
      for (StatedProbability sp : stated) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("better", reference(sp.better()));
        e.put("worse", reference(sp.worse()));
        e.put("p", sp.p());
        putProvenance(e, sp.provenance());
        list.add(e);
      }
      prefs.put("probabilities", list);
    }
    Double t = probabilities.dmThresholds().get(d);
    if (t != null) {
      prefs.put("threshold", t);
    }
  }

  /** A number as written: whole numbers without a fraction. */
  private static Object number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
  }

  private static void putProvenance(Map<String, Object> o, Provenance p) {
    putText(o, "source", p.source());
    putText(o, "quote", p.quote());
    putText(o, "note", p.note());
  }
}
