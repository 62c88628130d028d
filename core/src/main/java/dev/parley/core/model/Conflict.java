package dev.parley.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A conflict in option form, immutable: decision makers with their options, the rules that make
 * states infeasible, each decision maker's preferences, the status quo, named states and sources;
 * optionally moves forbidden or added per decision maker ({@link MoveEdits}) and commitment
 * packages ({@link OptionPackage}).
 *
 * <p>Options are numbered globally in model order: decision makers in order, each one's options in
 * order. Option {@code t} weighs {@code 2^t} in a state code (docs/semantics.md §1.1).
 *
 * <p><b>Graph form</b> ({@link #isGraphForm()}): the model lists its states and each decision
 * maker's moves instead of options. Then no decision maker has options, there are no infeasibility
 * rules or packages, the named states are all the states (state {@code k} is named by {@code
 * StatePattern.graph(k)}), each decision maker's moves are {@link MoveEdits#add()}, and preferences
 * are rankings or payoffs over those states.
 */
public final class Conflict {
  /** The most options a model may have: a state code is a {@code long}. */
  public static final int MAX_OPTIONS = 62;

  private final String title;
  private final String description;
  private final List<DecisionMaker> decisionMakers;
  private final List<Option> options;
  private final int[] optionOwner;
  private final Map<String, Integer> optionIndex;
  private final Map<String, Integer> dmIndex;
  private final List<Infeasibility> infeasibilities;
  private final List<PreferenceSpec> preferences;
  private final StatePattern statusQuo;
  private final List<NamedState> namedStates;
  private final List<Source> sources;
  private final boolean graphForm;
  private final List<MoveEdits> moveEdits;
  private final List<OptionPackage> packages;
  private final List<List<UnknownPair>> unknown;

  private Conflict(Builder b) {
    List<ModelException.Problem> problems = new ArrayList<>();
    this.graphForm = b.graphForm;
    this.title = b.title == null ? "Untitled conflict" : b.title;
    this.description = b.description;
    this.decisionMakers = List.copyOf(b.decisionMakers);
    List<Option> opts = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    Map<String, Integer> oi = new HashMap<>();
    Map<String, Integer> di = new HashMap<>();
    for (int d = 0; d < decisionMakers.size(); d++) {
      DecisionMaker dm = decisionMakers.get(d);
      if (di.putIfAbsent(dm.id(), d) != null) {
        problems.add(
            new ModelException.Problem(
                "decisionMakers[" + d + "].id",
                "duplicate decision maker id '" + dm.id() + "'",
                "give each decision maker its own id"));
      }
      if (graphForm && !dm.options().isEmpty()) {
        problems.add(
            new ModelException.Problem(
                "decisionMakers[" + d + "].options",
                "decision maker '" + dm.id() + "' has options in a graph-form model",
                "give either options (option form) or moves between listed states (graph form)"));
      }
      if (!graphForm && dm.options().isEmpty()) {
        problems.add(
            new ModelException.Problem(
                "decisionMakers[" + d + "].options",
                "decision maker '" + dm.id() + "' controls no option",
                "give it at least one option it can take"));
      }
      for (int k = 0; k < dm.options().size(); k++) {
        Option o = dm.options().get(k);
        if (oi.putIfAbsent(o.id(), opts.size()) != null) {
          problems.add(
              new ModelException.Problem(
                  "decisionMakers[" + d + "].options[" + k + "].id",
                  "duplicate option id '" + o.id() + "'",
                  "give each option its own id"));
        }
        opts.add(o);
        owners.add(d);
      }
    }
    if (decisionMakers.size() < 2) {
      problems.add(
          new ModelException.Problem(
              "decisionMakers",
              "a conflict needs at least two decision makers, found " + decisionMakers.size(),
              "add the other parties"));
    }
    if (opts.size() > MAX_OPTIONS) {
      problems.add(
          new ModelException.Problem(
              "decisionMakers",
              "the model has "
                  + opts.size()
                  + " options; at most "
                  + MAX_OPTIONS
                  + " are supported",
              "merge or remove options"));
    }
    this.options = List.copyOf(opts);
    this.optionOwner = owners.stream().mapToInt(Integer::intValue).toArray();
    this.optionIndex = Collections.unmodifiableMap(oi);
    this.dmIndex = Collections.unmodifiableMap(di);
    this.infeasibilities = List.copyOf(b.infeasibilities);
    this.preferences = List.copyOf(b.preferences);
    if (preferences.size() != decisionMakers.size()) {
      problems.add(
          new ModelException.Problem(
              "preferences",
              "preferences are given for "
                  + preferences.size()
                  + " of "
                  + decisionMakers.size()
                  + " decision makers",
              "give every decision maker preferences"));
    }
    long all = opts.size() >= 64 ? -1L : (1L << opts.size()) - 1;
    for (int k = 0; k < infeasibilities.size(); k++) {
      if ((infeasibilities.get(k).infeasibleWhen().support() & ~all) != 0) {
        problems.add(
            new ModelException.Problem(
                "infeasible[" + k + "]",
                "the rule refers to an option the model does not have",
                "refer only to declared options"));
      }
    }
    for (int d = 0; d < preferences.size() && !graphForm; d++) {
      if (preferences.get(d) instanceof PreferenceSpec.Prioritization p) {
        for (int k = 0; k < p.statements().size(); k++) {
          if ((p.statements().get(k).formula().support() & ~all) != 0) {
            problems.add(
                new ModelException.Problem(
                    "decisionMakers[" + d + "].preferences.statements[" + k + "]",
                    "the statement refers to an option the model does not have",
                    "refer only to declared options"));
          }
        }
      }
    }
    this.statusQuo = b.statusQuo;
    if (!graphForm && statusQuo != null && (statusQuo.mask() & ~all) != 0) {
      problems.add(
          new ModelException.Problem(
              "statusQuo", "the status quo fixes options the model does not have", null));
    }
    this.namedStates = List.copyOf(b.namedStates);
    Set<String> names = new HashSet<>();
    for (int k = 0; k < namedStates.size(); k++) {
      if (!names.add(namedStates.get(k).id())) {
        problems.add(
            new ModelException.Problem(
                "states[" + k + "].id",
                "duplicate state name '" + namedStates.get(k).id() + "'",
                "name each state once"));
      }
    }
    this.sources = List.copyOf(b.sources);
    List<MoveEdits> edits = new ArrayList<>();
    for (int d = 0; d < decisionMakers.size(); d++) {
      edits.add(b.moveEdits.getOrDefault(d, MoveEdits.NONE));
    }
    for (int d : b.moveEdits.keySet()) {
      if (d < 0 || d >= decisionMakers.size()) {
        problems.add(
            new ModelException.Problem(
                "decisionMakers",
                "moves are given for decision maker " + d + ", which is not",
                null));
      }
    }
    this.moveEdits = List.copyOf(edits);
    this.packages = List.copyOf(b.packages);
    if (graphForm) {
      checkGraphForm(problems);
    } else {
      checkPackages(problems);
    }
    List<List<UnknownPair>> u = new ArrayList<>();
    for (int d = 0; d < decisionMakers.size(); d++) {
      u.add(List.copyOf(b.unknown.getOrDefault(d, List.of())));
    }
    for (int d : b.unknown.keySet()) {
      if (d < 0 || d >= decisionMakers.size()) {
        problems.add(
            new ModelException.Problem(
                "decisionMakers",
                "unknown preferences for decision maker " + (d + 1) + ", which does not exist",
                null));
      }
    }
    this.unknown = List.copyOf(u);
    if (!problems.isEmpty()) {
      throw new ModelException(problems);
    }
  }

  private void checkGraphForm(List<ModelException.Problem> problems) {
    if (namedStates.isEmpty()) {
      problems.add(
          new ModelException.Problem(
              "states",
              "a graph-form model lists no state",
              "list the states under 'states:', each with an id"));
    }
    for (int k = 0; k < namedStates.size(); k++) {
      if (!namedStates.get(k).pattern().equals(StatePattern.graph(k))) {
        throw new IllegalArgumentException(
            "state "
                + k
                + " of a graph-form model must be named by StateSpace.graphPattern("
                + k
                + ")");
      }
    }
    if (!infeasibilities.isEmpty()) {
      problems.add(
          new ModelException.Problem(
              "infeasible",
              "a graph-form model has no infeasibility rules",
              "list only the states that can occur under 'states:'"));
    }
    if (!packages.isEmpty()) {
      problems.add(
          new ModelException.Problem(
              "packages",
              "packages join options, and a graph-form model has none",
              "list the joint move as a move of each decision maker that controls it"));
    }
    for (int d = 0; d < decisionMakers.size(); d++) {
      if (!moveEdits.get(d).forbid().isEmpty()) {
        problems.add(
            new ModelException.Problem(
                "decisionMakers[" + d + "].forbidMoves",
                "a graph-form model has no option moves to forbid",
                "leave the move out of 'moves:'"));
      }
      if (d < preferences.size() && preferences.get(d) instanceof PreferenceSpec.Prioritization) {
        problems.add(
            new ModelException.Problem(
                "decisionMakers[" + d + "].preferences.statements",
                "statements are conditions on options, and a graph-form model has none",
                "give a 'ranking:' or 'payoffs:' over the listed states"));
      }
    }
  }

  private void checkPackages(List<ModelException.Problem> problems) {
    for (int k = 0; k < packages.size(); k++) {
      OptionPackage p = packages.get(k);
      String path = "packages[" + k + "]";
      Set<Integer> owners = new HashSet<>();
      Set<Integer> seen = new HashSet<>();
      boolean ok = true;
      for (int j = 0; j < p.options().size(); j++) {
        int t = p.options().get(j);
        if (t < 0 || t >= options.size()) {
          problems.add(
              new ModelException.Problem(
                  path + ".options[" + j + "]",
                  "the package refers to an option the model does not have",
                  "refer only to declared options"));
          ok = false;
          continue;
        }
        if (!seen.add(t)) {
          problems.add(
              new ModelException.Problem(
                  path + ".options[" + j + "]",
                  "option '" + options.get(t).id() + "' is listed twice in the package",
                  "list each option once"));
        }
        owners.add(optionOwner[t]);
        if (options.get(t).reversibility() == Reversibility.BACKWARD) {
          problems.add(
              new ModelException.Problem(
                  path + ".options[" + j + "]",
                  "option '"
                      + options.get(t).id()
                      + "' can only be withdrawn (reversibility backward), so it cannot be taken"
                      + " in a package",
                  "leave it out of the package or change its reversibility"));
        }
      }
      if (ok && p.options().size() < 2) {
        problems.add(
            new ModelException.Problem(
                path + ".options",
                "a package needs at least two options",
                "list the options that are taken together"));
      } else if (ok && owners.size() < 2) {
        String who = decisionMakers.get(owners.iterator().next()).id();
        problems.add(
            new ModelException.Problem(
                path + ".options",
                "every option of the package belongs to '"
                    + who
                    + "', which can already take them together in one move",
                "a package joins options of different decision makers"));
      }
    }
  }

  public String title() {
    return title;
  }

  /** Whether the model lists states and moves instead of options (see the class comment). */
  public boolean isGraphForm() {
    return graphForm;
  }

  /**
   * The moves decision maker {@code dm} is denied or given beyond its option moves; in graph form,
   * all its moves ({@link MoveEdits#add()}).
   */
  public MoveEdits moveEdits(int dm) {
    return moveEdits.get(dm);
  }

  /** Whether some decision maker has forbidden or added moves (or, in graph form, any move). */
  public boolean hasMoveEdits() {
    return moveEdits.stream().anyMatch(e -> !e.isEmpty());
  }

  /** Commitment packages: options that can be taken together in one joint move. */
  public List<OptionPackage> packages() {
    return packages;
  }

  public String description() {
    return description;
  }

  public List<DecisionMaker> decisionMakers() {
    return decisionMakers;
  }

  public int dmCount() {
    return decisionMakers.size();
  }

  /** All options in global order. */
  public List<Option> options() {
    return options;
  }

  public int optionCount() {
    return options.size();
  }

  /** The index of the decision maker controlling option {@code t}. */
  public int owner(int option) {
    return optionOwner[option];
  }

  /** Global index of an option id, or -1. */
  public int optionIndex(String id) {
    Integer i = optionIndex.get(id);
    return i == null ? -1 : i;
  }

  /** Index of a decision maker id, or -1. */
  public int dmIndex(String id) {
    Integer i = dmIndex.get(id);
    return i == null ? -1 : i;
  }

  /** Bit mask of the options decision maker {@code dm} controls. */
  public long optionMask(int dm) {
    long m = 0;
    for (int t = 0; t < optionOwner.length; t++) {
      if (optionOwner[t] == dm) {
        m |= 1L << t;
      }
    }
    return m;
  }

  /** Bit mask of the options with the given reversibility. */
  public long reversibilityMask(Reversibility r) {
    long m = 0;
    for (int t = 0; t < options.size(); t++) {
      if (options.get(t).reversibility() == r) {
        m |= 1L << t;
      }
    }
    return m;
  }

  /**
   * Whether {@code dm} may change exactly the options in {@code flip} from state code {@code code}
   * in one move, as far as ownership and reversibility go (feasibility is not checked).
   */
  public boolean canChange(int dm, long code, long flip) {
    return flip != 0
        && (flip & ~optionMask(dm)) == 0
        && Reversibility.allowsFlip(
            flip,
            code,
            reversibilityMask(Reversibility.FORWARD),
            reversibilityMask(Reversibility.BACKWARD));
  }

  public List<Infeasibility> infeasibilities() {
    return infeasibilities;
  }

  /** Preferences, one per decision maker, in decision-maker order. */
  public List<PreferenceSpec> preferences() {
    return preferences;
  }

  /** The status quo, or null when the model names none. */
  public StatePattern statusQuo() {
    return statusQuo;
  }

  public List<NamedState> namedStates() {
    return namedStates;
  }

  public List<Source> sources() {
    return sources;
  }

  /**
   * The pairs of states whose comparison decision maker {@code dm} leaves unknown
   * (docs/semantics.md §1.8); empty for most models.
   */
  public List<UnknownPair> unknownPairs(int dm) {
    return unknown.get(dm);
  }

  /** Whether some decision maker leaves a comparison unknown. */
  public boolean hasUnknownPreferences() {
    return unknown.stream().anyMatch(l -> !l.isEmpty());
  }

  /** Whether code {@code c} violates no infeasibility rule. */
  public boolean isFeasible(long code) {
    for (Infeasibility r : infeasibilities) {
      if (r.infeasibleWhen().test(code)) {
        return false;
      }
    }
    return true;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this conflict. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.title = title;
    b.description = description;
    b.decisionMakers.addAll(decisionMakers);
    b.infeasibilities.addAll(infeasibilities);
    b.preferences.addAll(preferences);
    b.statusQuo = statusQuo;
    b.namedStates.addAll(namedStates);
    b.sources.addAll(sources);
    b.graphForm = graphForm;
    for (int d = 0; d < moveEdits.size(); d++) {
      if (!moveEdits.get(d).isEmpty()) {
        b.moveEdits.put(d, moveEdits.get(d));
      }
    }
    b.packages.addAll(packages);
    for (int d = 0; d < unknown.size(); d++) {
      if (!unknown.get(d).isEmpty()) {
        b.unknown.put(d, new ArrayList<>(unknown.get(d)));
      }
    }
    return b;
  }

  /** Collects the parts of a conflict; {@link #build()} validates them all at once. */
  public static final class Builder {
    private String title;
    private String description;
    private final List<DecisionMaker> decisionMakers = new ArrayList<>();
    private final List<Infeasibility> infeasibilities = new ArrayList<>();
    private final List<PreferenceSpec> preferences = new ArrayList<>();
    private StatePattern statusQuo;
    private final List<NamedState> namedStates = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private boolean graphForm;
    private final Map<Integer, MoveEdits> moveEdits = new HashMap<>();
    private final List<OptionPackage> packages = new ArrayList<>();
    private final Map<Integer, List<UnknownPair>> unknown = new java.util.TreeMap<>();

    public Builder title(String t) {
      title = t;
      return this;
    }

    public Builder description(String d) {
      description = d;
      return this;
    }

    public Builder decisionMaker(DecisionMaker dm) {
      decisionMakers.add(dm);
      return this;
    }

    public Builder infeasibility(Infeasibility i) {
      infeasibilities.add(i);
      return this;
    }

    /** Preferences of the next decision maker (call once per decision maker, in order). */
    public Builder preference(PreferenceSpec p) {
      preferences.add(p);
      return this;
    }

    public Builder preferences(List<PreferenceSpec> ps) {
      preferences.clear();
      preferences.addAll(ps);
      return this;
    }

    public Builder statusQuo(StatePattern p) {
      statusQuo = p;
      return this;
    }

    public Builder namedState(NamedState s) {
      namedStates.add(s);
      return this;
    }

    public Builder source(Source s) {
      sources.add(s);
      return this;
    }

    /** Graph form: states and moves instead of options (see {@link Conflict}). */
    public Builder graphForm(boolean g) {
      graphForm = g;
      return this;
    }

    /** Moves forbidden for or added to decision maker {@code dm} (its moves, in graph form). */
    public Builder moveEdits(int dm, MoveEdits edits) {
      moveEdits.put(dm, edits);
      return this;
    }

    public Builder optionPackage(OptionPackage p) {
      packages.add(p);
      return this;
    }

    /** Removes every package. */
    public Builder clearPackages() {
      packages.clear();
      return this;
    }

    /** Decision maker {@code dm} (0-based) leaves the comparison of two states unknown. */
    public Builder unknownPreference(int dm, UnknownPair pair) {
      unknown.computeIfAbsent(dm, k -> new ArrayList<>()).add(pair);
      return this;
    }

    public Conflict build() {
      return new Conflict(this);
    }
  }
}
