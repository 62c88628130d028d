package dev.parley.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.Parley;
import dev.parley.core.drama.Comparison;
import dev.parley.core.drama.Dilemma;
import dev.parley.core.drama.DilemmaKind;
import dev.parley.core.drama.Doubt;
import dev.parley.core.drama.DramaResult;
import dev.parley.core.drama.GmcrView;
import dev.parley.core.drama.Position;
import dev.parley.core.graph.GraphModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dilemmas of a card table (docs/semantics.md §5.2), in words and as JSON: the options board,
 * the phase of each pair of parties, and each dilemma as a sentence naming the futures and the
 * comparison that create it, what resolves it, and what the stability analysis says beside it.
 */
public final class DilemmasReport {
  /** At most this many comparisons are written out for one dilemma. */
  static final int MOST_REASONS = 3;

  private final DramaResult result;
  private final String modelFile;
  private final GraphModel model;
  private final Narrator narrator;
  private final OptionsBoard board;
  private final AgreementText agreement;

  public DilemmasReport(DramaResult result, String modelFile) {
    this.result = result;
    this.modelFile = modelFile;
    this.model = result.model();
    this.narrator = new Narrator(model);
    this.board = new OptionsBoard(result);
    this.agreement = new AgreementText(result, narrator, this);
  }

  /** The report as text or Markdown. */
  public String render(Doc.Style style) {
    return Doc.report(
        "Dilemmas: " + model.conflict().title(), d -> appendTo(d, 3), modelFile, style);
  }

  /** The sections, headed at {@code level}, for the command's report and the briefing. */
  public void appendTo(Doc doc, int level) {
    doc.para("Bottom line: " + bottomLine());
    doc.heading(level, "The options board");
    doc.para(
        "Each party's position is the future it proposes (✓ should happen, ✗ should not, – it"
            + " does not mind); the threatened future is what happens without agreement. A ? marks"
            + " an intention that another party doubts.");
    doc.table(board.header(), board.rows());
    List<String> notes = new ArrayList<>(board.columnNote(narrator));
    notes.addAll(board.doubtNotes(narrator));
    notes.addAll(readings());
    doc.bullets(notes);
    doc.heading(level, "Where the parties stand");
    doc.bullets(phases());
    List<String> agreed = agreement.ifAgreed();
    if (!agreed.isEmpty()) {
      doc.heading(level, "If a proposed future were agreed");
      doc.para(
          "Who would gain by breaking an agreement on each future a party proposes: once the"
              + " others agree on it, they could not trust that party to keep its part (a trust"
              + " dilemma), and it faces a co-operation dilemma.");
      doc.bullets(agreed);
    }
    for (int x = 0; x < model.dmCount(); x++) {
      List<String> items = new ArrayList<>();
      for (Group g : groups(result.facedBy(x))) {
        items.add(sentence(g));
      }
      doc.heading(level, "Dilemmas of " + narrator.dm(x));
      doc.bullets(items.isEmpty() ? List.of(English.capital(none(x))) : items);
    }
  }

  private String none(int x) {
    return narrator.dm(x) + " faces no dilemma on this table.";
  }

  /** One or two sentences: how many dilemmas, and the ones at a commitment point first. */
  public String bottomLine() {
    List<Dilemma> all = result.dilemmas();
    if (all.isEmpty()) {
      return "No party faces a dilemma: every stated position and threat is credible as the model"
          + " ranks the futures.";
    }
    List<String> parts = new ArrayList<>();
    for (Group g : groups(all)) {
      if (g.kind() == DilemmaKind.TRUST) {
        parts.add(headline(g));
      }
    }
    List<String> lines = new ArrayList<>(parts);
    if (parts.isEmpty()) {
      lines.addAll(agreement.wouldBreak());
    }
    for (int x = 0; x < model.dmCount(); x++) {
      String c = crisisLine(x);
      if (!c.isEmpty()) {
        lines.add(c);
      }
    }
    lines.add("In all, " + (all.size() == 1 ? "one dilemma." : count(all.size()) + " dilemmas."));
    return English.capital(String.join(" ", lines));
  }

  /** What the crisis dilemmas of {@code x} say, in one sentence; "" when it has none. */
  private String crisisLine(int x) {
    java.util.Set<DilemmaKind> kinds = java.util.EnumSet.noneOf(DilemmaKind.class);
    List<String> unmoved = new ArrayList<>();
    for (Dilemma d : result.facedBy(x)) {
      if (d.kind().isCrisis()) {
        kinds.add(d.kind());
      }
      if (d.kind() == DilemmaKind.PERSUASION) {
        unmoved.add(narrator.dm(d.toward()));
      }
    }
    List<String> says = new ArrayList<>();
    if (kinds.contains(DilemmaKind.REJECTION) || kinds.contains(DilemmaKind.THREAT)) {
      says.add("its threat is not credible");
    }
    if (!unmoved.isEmpty()) {
      says.add(
          (says.isEmpty() ? "its threat does not move " : "it does not move ")
              + English.list(unmoved));
    }
    if (kinds.contains(DilemmaKind.POSITIONING)) {
      says.add("its position is not where its interests lie");
    }
    if (says.isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    kinds.forEach(k -> names.add(k.label()));
    String first = says.get(0).replaceFirst("^its ", narrator.dmPossessive(x) + " ");
    says.set(0, first.startsWith("it ") ? narrator.dm(x) + first.substring(2) : first);
    return English.capital(English.list(says))
        + " ("
        + English.list(names)
        + (names.size() == 1 ? " dilemma" : " dilemmas")
        + ").";
  }

  private static String count(int n) {
    return n < 10
        ? List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
            .get(n)
        : Integer.toString(n);
  }

  /**
   * A trust dilemma in one sentence, for the bottom line (a co-operation dilemma of one party is a
   * trust dilemma of the other, so the bottom line tells only the trust dilemmas).
   */
  private String headline(Group g) {
    Dilemma d = g.first();
    List<Integer> common = new ArrayList<>();
    for (int s : result.common(d.faced(), d.toward())) {
      common.add(s);
    }
    return "At "
        + futures(common, d)
        + ", "
        + narrator.dm(d.faced())
        + " cannot trust "
        + others(g)
        + " to keep "
        + (g.toward().size() == 1 ? "its" : "their")
        + " part: a trust dilemma.";
  }

  private String futures(List<Integer> states, Dilemma d) {
    List<String> w = new ArrayList<>();
    states.stream().distinct().limit(MOST_REASONS).forEach(s -> w.add(narrator.words(s)));
    return English.list(w, "or");
  }

  /** Dilemmas that say the same of several other parties, told once. */
  record Group(List<Dilemma> members) {
    Dilemma first() {
      return members.get(0);
    }

    DilemmaKind kind() {
      return first().kind();
    }

    List<Integer> toward() {
      return members.stream().map(Dilemma::toward).toList();
    }
  }

  /** Groups dilemmas that differ only in the other party (a threat toward everyone). */
  static List<Group> groups(List<Dilemma> ds) {
    Map<List<Object>, List<Dilemma>> by = new LinkedHashMap<>();
    for (Dilemma d : ds) {
      boolean shared = d.doubt() == null && d.kind() != DilemmaKind.PERSUASION;
      List<Object> key =
          shared
              ? List.of(d.kind(), d.faced(), d.everyReading(), d.because(), d.gmcr())
              : List.of(d.kind(), d.faced(), d.toward(), d.doubt() == null ? "" : d.doubt());
      by.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
    }
    return by.values().stream().map(Group::new).toList();
  }

  private String others(Group g) {
    List<String> names = new ArrayList<>();
    for (int y : g.toward()) {
      if (y >= 0) {
        names.add(narrator.dm(y));
      }
    }
    return English.list(names);
  }

  /** A dilemma in words: what creates it, what GMCR says, what resolves it. */
  String sentence(Group g) {
    Dilemma d = g.first();
    String x = narrator.dm(d.faced());
    String xs = narrator.dmPossessive(d.faced());
    String head =
        x
            + " has "
            + (d.kind() == DilemmaKind.POSITIONING ? "a " : "a ")
            + d.kind().label()
            + " dilemma"
            + (d.toward() >= 0 ? " with " + others(g) : "")
            + ": ";
    String t = narrator.words(result.threatened());
    List<Comparison> bs = d.because();
    StringBuilder s = new StringBuilder(head);
    switch (d.kind()) {
      case PERSUASION -> {
        String y = narrator.dm(d.toward());
        s.append(y)
            .append(" prefers the threatened future, ")
            .append(t)
            .append(", to ")
            .append(xs)
            .append(" position, ")
            .append(futures(bs.stream().map(Comparison::worse).toList(), d))
            .append(", so ")
            .append(xs)
            .append(" threat does not move it.");
      }
      case REJECTION -> {
        String ys = narrator.dmPossessive(d.toward());
        s.append("it prefers ")
            .append(ys)
            .append(" position, ")
            .append(futures(bs.stream().map(Comparison::better).toList(), d))
            .append(", to the threatened future, ")
            .append(t)
            .append(", so its rejection of that position is not credible: it would rather give in")
            .append(" than carry out its threat. Carrying the threat out from there is no")
            .append(" improvement for ")
            .append(narrator.dm(d.faced()))
            .append(", so SEQ would not count it as a credible sanction.");
      }
      case THREAT -> {
        if (!bs.isEmpty()) {
          s.append("in the threatened future, ")
              .append(t)
              .append(", it would rather ")
              .append(moves(bs))
              .append(", so ")
              .append(others(g))
              .append(" need not believe it would carry out its threat.");
        } else {
          s.append(doubtText(d.doubt()));
        }
        if (!bs.isEmpty() && d.doubt() != null) {
          s.append(" Besides, ").append(doubtText(d.doubt()));
        }
      }
      case POSITIONING -> {
        List<String> rs = new ArrayList<>();
        for (Comparison c : bs.subList(0, Math.min(bs.size(), MOST_REASONS))) {
          int z = positionHolder(c.better());
          rs.add(
              narrator.words(c.better())
                  + (z >= 0
                      ? ", " + narrator.dmPossessive(z) + " position,"
                      : ", which every other party likes at least as well as the threatened"
                          + " future,"));
        }
        s.append("it would rather have ")
            .append(English.list(rs, "or"))
            .append(" than its own position, ")
            .append(futures(bs.stream().map(Comparison::worse).toList(), d))
            .append(".");
      }
      case COOPERATION -> {
        s.append("at the future both propose, ")
            .append(futures(bs.stream().map(Comparison::worse).toList(), d))
            .append(", it would gain if it chose to ")
            .append(moves(bs))
            .append(", so its promise to keep to that future is not credible.");
      }
      case TRUST -> {
        String y = narrator.dm(d.toward());
        if (!bs.isEmpty()) {
          s.append("at the future both propose, ")
              .append(futures(bs.stream().map(Comparison::worse).toList(), d))
              .append(", ")
              .append(y)
              .append(" would gain if it chose to ")
              .append(moves(bs))
              .append(", so ")
              .append(x)
              .append(" cannot rely on it to keep its part.");
          if (d.doubt() != null) {
            s.append(" Besides, ").append(doubtText(d.doubt()));
          }
        } else {
          s.append(doubtText(d.doubt()));
        }
      }
      default -> throw new AssertionError(d.kind());
    }
    if (!d.everyReading()) {
      s.append(" (This holds for some of the futures the open entries of a position allow, not")
          .append(" for all.)");
    }
    String view = gmcrText(d);
    if (!view.isEmpty()) {
      s.append(' ').append(view);
    }
    s.append(" What resolves it: ").append(resolution(d)).append('.');
    if (d.kind().versionOneName() != null) {
      String v1 = d.kind().versionOneName();
      s.append(" (Version 1 of drama theory calls this ")
          .append("aeiou".indexOf(v1.charAt(0)) >= 0 ? "an " : "a ")
          .append(v1)
          .append(" dilemma.)");
    }
    return English.capital(s.toString());
  }

  private int positionHolder(int state) {
    for (Position p : result.table().positions()) {
      int[] r = result.readings(p.holder());
      if (java.util.Arrays.stream(r).anyMatch(s -> s == state)) {
        return p.holder();
      }
    }
    return -1;
  }

  /** "take up “sign” (→ ‘deal’ (state 12))", at most {@link #MOST_REASONS}, joined by "or". */
  String moves(List<Comparison> bs) {
    List<String> out = new ArrayList<>();
    for (Comparison c : bs.subList(0, Math.min(bs.size(), MOST_REASONS))) {
      String step = model.isGraphForm() ? "" : narrator.step(c.worse(), c.better(), c.judge());
      out.add((step.isEmpty() ? "move" : step) + ", reaching " + narrator.words(c.better()));
    }
    int more = bs.size() - out.size();
    return English.list(out, "or")
        + (more > 0 ? ", or make " + more + " more such move" + (more == 1 ? "" : "s") : "");
  }

  private String doubtText(Doubt doubt) {
    String who = narrator.dm(doubt.doubter());
    String whom = narrator.dm(doubt.doubted());
    String what =
        doubt.about() == Doubt.About.THREAT
            ? "would carry out its threat"
            : "would keep its part of an agreement";
    String q = doubt.provenance().quote();
    return who
        + " doubts that "
        + whom
        + " "
        + what
        + (q == null ? "." : ": " + English.quote(English.oneLine(q)) + ".");
  }

  /** What the stability analysis says beside the dilemma, or "". */
  private String gmcrText(Dilemma d) {
    if (d.gmcr().isEmpty()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    for (GmcrView v : d.gmcr().subList(0, Math.min(d.gmcr().size(), MOST_REASONS))) {
      String who = narrator.dm(v.party());
      String at = narrator.words(v.state());
      String c = v.concept().label();
      out.add(
          switch (d.kind()) {
            case THREAT ->
                v.stable()
                    ? "Under "
                        + c
                        + ", though, the threatened future is stable for "
                        + who
                        + ": the others' response would deter it from leaving, so the threat may"
                        + " hold."
                    : c + " agrees: the threatened future is unstable for " + who + ".";
            case PERSUASION ->
                v.stable()
                    ? "Under "
                        + c
                        + ", "
                        + at
                        + " would still be stable for "
                        + who
                        + " once reached."
                    : c + " agrees: " + who + " would not stay at " + at + ".";
            default ->
                v.stable()
                    ? "Under "
                        + c
                        + ", though, "
                        + at
                        + " is stable for "
                        + who
                        + ": the others' credible response deters the defection."
                    : c + " agrees: " + at + " is unstable for " + who + ".";
          });
    }
    return String.join(" ", out);
  }

  /** The standard resolution moves of drama theory (docs/semantics.md §4.2). */
  String resolution(Dilemma d) {
    return switch (d.kind()) {
      case PERSUASION ->
          "offer the other party more, make the threat weigh more, or change the position";
      case REJECTION ->
          "make the threatened future more bearable for "
              + narrator.dm(d.faced())
              + " (so that it would carry the threat out), or concede";
      case THREAT ->
          "make the threat credible by commitment (an irreversible step, a public pledge), or"
              + " change it";
      case POSITIONING -> "move the position to where the party's interests lie";
      case COOPERATION, TRUST ->
          "guarantees, verification, or irreversible or simultaneous steps"
              + (d.doubt() != null ? " that answer the doubt" : "");
    };
  }

  /** How each position is read where it leaves options open. */
  private List<String> readings() {
    List<String> out = new ArrayList<>();
    for (Position p : result.table().positions()) {
      int[] r = result.readings(p.holder());
      int open =
          model.isGraphForm()
              ? 0
              : model.conflict().optionCount() - Long.bitCount(p.future().mask());
      if (open == 0) {
        continue;
      }
      List<String> ws = new ArrayList<>();
      for (int s : r) {
        ws.add(narrator.words(s));
      }
      out.add(
          English.capital(narrator.dmPossessive(p.holder()))
              + " position leaves "
              + (open == 1 ? "one option" : open + " options")
              + " open; read as the future"
              + (r.length == 1 ? "" : "s")
              + " it likes best, it is "
              + English.list(ws, "or")
              + ".");
    }
    return out;
  }

  /** One line per pair of parties: commitment or crisis. */
  private List<String> phases() {
    List<String> out = new ArrayList<>();
    int n = model.dmCount();
    for (int x = 0; x < n; x++) {
      for (int y = x + 1; y < n; y++) {
        String a = narrator.dm(x) + " and " + narrator.dm(y);
        int[] c = result.common(x, y);
        if (c.length > 0) {
          List<String> ws = new ArrayList<>();
          for (int s : c) {
            ws.add(narrator.words(s));
          }
          out.add(
              English.capital(a)
                  + " propose a common future, "
                  + English.list(ws, "or")
                  + ": a commitment point, where co-operation and trust dilemmas arise.");
        } else {
          boolean missing =
              result.table().position(x) == null || result.table().position(y) == null;
          out.add(
              English.capital(a)
                  + (missing
                      ? " are at a crisis: "
                          + (result.table().position(x) == null ? narrator.dm(x) : narrator.dm(y))
                          + " states no position."
                      : " are at a crisis: their positions differ."));
        }
      }
    }
    return out;
  }

  /** The result as JSON text. */
  public String json() {
    ObjectNode root = MediatorJson.MAPPER.createObjectNode();
    root.put("parley", Parley.VERSION);
    root.put("model", modelFile);
    root.setAll(tree());
    return MediatorJson.write(root);
  }

  /** The result as a JSON tree (without the version and file). */
  public ObjectNode tree() {
    return new DilemmasJson(this, result, board).tree();
  }
}
