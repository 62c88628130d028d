package dev.parley.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.attitude.Attitudes;
import dev.parley.core.attitude.RelationalConcept;
import dev.parley.core.attitude.RelationalEngine;
import dev.parley.core.attitude.RelationalPreference;
import dev.parley.core.attitude.RelationalResult;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * The relational analysis in words and as JSON (docs/semantics.md §3.4, §5.3): the attitudes, the
 * relational equilibria under each concept, and the states that become or cease to be equilibria
 * compared with the standard concept, each with the reason.
 */
public final class RelationalReport {
  /** At most this many states that change are explained per concept and direction. */
  static final int MOST_CHANGES = 5;

  private final GraphModel model;
  private final RelationalRun run;
  private final RelationalResult result;
  private final StabilityResult standard;
  private final String modelFile;
  private final Narrator narrator;
  private final RelationalPreference rel;

  /** {@code standard} must hold the standard concept of each relational one in {@code run}. */
  public RelationalReport(
      GraphModel model, RelationalRun run, StabilityResult standard, String modelFile) {
    this.model = model;
    this.run = run;
    this.result = run.result();
    this.standard = standard;
    this.modelFile = modelFile;
    this.narrator = new Narrator(model);
    this.rel = new RelationalPreference(model, result.attitudes(), result.reading());
  }

  /** The report as text or Markdown. */
  public String render(Doc.Style style) {
    return Doc.report(
        "Attitudes: " + model.conflict().title(), d -> appendTo(d, 3), modelFile, style);
  }

  /** The section's body for the briefing and the command's report. */
  public void appendTo(Doc doc, int level) {
    doc.para(attitudesSentence());
    if (run.declared() != null) {
      doc.table(header(), rows());
    }
    for (RelationalConcept c : run.concepts()) {
      doc.heading(level, c.label() + " (relational " + c.standard().label() + ")");
      List<String> items = new ArrayList<>();
      BitSet eq = result.equilibria(c);
      items.add(
          eq.isEmpty()
              ? "No state is stable for every decision maker under " + c.label() + "."
              : "Equilibria under " + c.label() + ": " + states(eq) + ".");
      items.addAll(changes(c));
      doc.bullets(items);
    }
  }

  private String attitudesSentence() {
    String reading =
        result.reading() == RelationalPreference.Reading.WEAK
            ? "a move is a relational improvement when no one the mover cares about is worse off"
                + " in its eyes (the weak reading)"
            : "a move is a relational improvement when no one the mover cares about is worse off"
                + " in its eyes and someone is better off (the strict reading)";
    if (run.declared() == null) {
      return "The model declares no attitudes, so each decision maker is taken as"
          + " self-interested: it follows its own preference and ignores the others'. The"
          + " relational concepts then differ from the standard ones only where a decision maker"
          + " is indifferent between two states; "
          + reading
          + ".";
    }
    return "The model declares how each decision maker regards the others: + (devoting) weighs"
        + " their preference as they do, 0 (neutral) ignores it, − (aggressive) reverses it; an"
        + " attitude not written is self-interested (+ towards itself, 0 towards the others). "
        + English.capital(reading)
        + ".";
  }

  private List<String> header() {
    List<String> h = new ArrayList<>();
    h.add("Attitude of … towards");
    model.conflict().decisionMakers().forEach(d -> h.add(d.name()));
    return h;
  }

  private List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    Attitudes a = result.attitudes();
    List<DecisionMaker> dms = model.conflict().decisionMakers();
    for (int i = 0; i < dms.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(dms.get(i).name());
      for (int j = 0; j < dms.size(); j++) {
        row.add(sign(a.attitude(i, j)));
      }
      rows.add(row);
    }
    return rows;
  }

  private static String sign(int e) {
    return e > 0 ? "+" : e < 0 ? "−" : "0";
  }

  private String states(BitSet set) {
    List<String> words = new ArrayList<>();
    set.stream().limit(MOST_CHANGES * 2L).forEach(s -> words.add(narrator.words(s)));
    int more = set.cardinality() - words.size();
    return English.list(words) + (more > 0 ? " and " + more + " more" : "");
  }

  private String under() {
    return run.declared() == null
        ? "Under self-interested attitudes"
        : "Under the declared attitudes";
  }

  /** The states that become or cease to be equilibria, each with its reason. */
  private List<String> changes(RelationalConcept c) {
    BitSet gained = changed(c, true);
    BitSet lost = changed(c, false);
    List<String> out = new ArrayList<>();
    String std = c.standard().label();
    if (gained.isEmpty() && lost.isEmpty()) {
      out.add("The equilibria are those of " + std + ": the attitudes change no verdict on them.");
      return out;
    }
    gained.stream()
        .limit(MOST_CHANGES)
        .forEach(
            s ->
                out.add(
                    under()
                        + ", "
                        + narrator.words(s)
                        + " becomes stable under "
                        + c.label()
                        + " (it is not a "
                        + std
                        + " equilibrium) because "
                        + joined(becameStable(c, s))
                        + "."));
    lost.stream()
        .limit(MOST_CHANGES)
        .forEach(
            s ->
                out.add(
                    under()
                        + ", "
                        + narrator.words(s)
                        + " ceases to be stable under "
                        + c.label()
                        + " (it is a "
                        + std
                        + " equilibrium) because "
                        + ceased(c, s)
                        + "."));
    int more =
        Math.max(0, gained.cardinality() - MOST_CHANGES)
            + Math.max(0, lost.cardinality() - MOST_CHANGES);
    if (more > 0) {
      out.add(more + " more states change; the JSON output lists them all.");
    }
    return out;
  }

  /**
   * The equilibria of {@code c} that are none of its standard concept ({@code gained}), or the
   * standard equilibria that are none of {@code c}.
   */
  private BitSet changed(RelationalConcept c, boolean gained) {
    BitSet now = result.equilibria(c);
    BitSet before = standard.equilibria(c.standard());
    BitSet out = (BitSet) (gained ? now : before).clone();
    out.andNot(gained ? before : now);
    return out;
  }

  /** Why {@code s}, unstable for someone under the standard concept, is stable under {@code c}. */
  private List<String> becameStable(RelationalConcept c, int s) {
    List<String> reasons = new ArrayList<>();
    for (int d = 0; d < model.dmCount(); d++) {
      if (standard.isStable(c.standard(), d, s)) {
        continue;
      }
      int[] moves = model.moves().moves(d, s);
      int plain = -1;
      boolean anyRelational = false;
      for (int q : moves) {
        boolean ui = model.improves(d, s, q);
        boolean relational = rel.improves(d, s, q);
        anyRelational |= relational;
        if (ui && !relational && plain < 0) {
          plain = q;
        }
      }
      String who = narrator.dm(d);
      if (!anyRelational) {
        reasons.add(
            "no move of "
                + who
                + " is a relational improvement"
                + (plain < 0
                    ? ""
                    : " (its move to " + narrator.words(plain) + " " + why(d, s, plain) + ")"));
      } else {
        reasons.add(
            "each relational improvement of "
                + who
                + " can be answered by the others with a state its attitudes do not favour"
                + (plain < 0
                    ? ""
                    : ", and its move to " + narrator.words(plain) + " " + why(d, s, plain)));
      }
    }
    return reasons;
  }

  private static String joined(List<String> reasons) {
    int n = reasons.size();
    return n == 1
        ? reasons.get(0)
        : String.join("; ", reasons.subList(0, n - 1)) + "; and " + reasons.get(n - 1);
  }

  /** Why the move of {@code d} from {@code s} to {@code q} is no relational improvement. */
  private String why(int d, int s, int q) {
    for (int j = 0; j < model.dmCount(); j++) {
      int e = result.attitudes().attitude(d, j);
      int c = rel.compare(d, j, q, s);
      if (c < 0) {
        String whom = j == d ? "itself" : narrator.dm(j);
        return e > 0
            ? "would leave " + whom + " worse off, and it is devoting towards " + whom
            : "would leave " + whom + " better off, and it is aggressive towards " + whom;
      }
    }
    return "would leave no one it cares about better off, as the strict reading asks";
  }

  /** Why {@code s}, an equilibrium under the standard concept, is not under {@code c}. */
  private String ceased(RelationalConcept c, int s) {
    for (int d = 0; d < model.dmCount(); d++) {
      if (result.isStable(c, d, s)) {
        continue;
      }
      int q =
          RelationalEngine.unsanctionedReply(model, result.attitudes(), result.reading(), c, d, s);
      String who = narrator.dm(d);
      return who + " would move to " + narrator.words(q) + ", " + favoured(d, s, q) + answer(c);
    }
    throw new IllegalStateException("an equilibrium lost for no decision maker");
  }

  /** Why the relational improvement from {@code s} to {@code q} is one for {@code d}. */
  private String favoured(int d, int s, int q) {
    if (model.improves(d, s, q) && result.attitudes().attitude(d, d) > 0) {
      return "which it prefers and which leaves no one it cares about worse off";
    }
    for (int j = 0; j < model.dmCount(); j++) {
      if (j != d && rel.compare(d, j, q, s) > 0) {
        String whom = narrator.dm(j);
        return result.attitudes().attitude(d, j) > 0
            ? "which leaves " + whom + " better off, and it is devoting towards " + whom
            : "which leaves " + whom + " worse off, and it is aggressive towards " + whom;
      }
    }
    return "which leaves no one it cares about worse off (the weak reading counts that as an"
        + " improvement)";
  }

  private static String answer(RelationalConcept c) {
    return switch (c) {
      case RNASH -> "";
      case RGMR ->
          ", and nothing the others can do from there leads to a state its attitudes do not"
              + " favour over the equilibrium";
      case RSMR ->
          ", and whatever the others do from there, its attitudes favour the result or it can"
              + " move on to a state they favour";
      case RSEQ ->
          ", and no sequence of the others' own relational improvements from there leads to a"
              + " state its attitudes do not favour over the equilibrium";
    };
  }

  /** The result as a JSON tree: the attitudes, and per concept stable states and equilibria. */
  public ObjectNode tree() {
    ObjectNode n = MediatorJson.MAPPER.createObjectNode();
    ObjectNode a = n.putObject("attitudes");
    a.put("declared", run.declared() != null);
    a.put("reading", result.reading().name().toLowerCase(Locale.ROOT));
    ObjectNode of = a.putObject("of");
    List<DecisionMaker> dms = model.conflict().decisionMakers();
    for (int i = 0; i < dms.size(); i++) {
      ObjectNode row = of.putObject(dms.get(i).id());
      for (int j = 0; j < dms.size(); j++) {
        row.put(dms.get(j).id(), result.attitudes().attitude(i, j));
      }
    }
    for (RelationalConcept c : run.concepts()) {
      ObjectNode cn = n.putObject(c.id());
      cn.put("standard", c.standard().id());
      ObjectNode sf = cn.putObject("stableFor");
      for (int d = 0; d < dms.size(); d++) {
        sf.set(dms.get(d).id(), PerceptionsReport.numbers(result.stableFor(c, d)));
      }
      cn.set("equilibria", PerceptionsReport.numbers(result.equilibria(c)));
      cn.set("becomeStable", PerceptionsReport.numbers(changed(c, true)));
      cn.set("ceaseToBeStable", PerceptionsReport.numbers(changed(c, false)));
    }
    return n;
  }

  /** The result as JSON text, with the version and the model file. */
  public String json() {
    ObjectNode root = MediatorJson.root(modelFile);
    root.setAll(tree());
    return MediatorJson.write(root);
  }
}
