package dev.parley.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
import dev.parley.core.state.StateSpace;
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

  public DilemmasReport(DramaResult result, String modelFile) {
    this.result = result;
    this.modelFile = modelFile;
    this.model = result.model();
    this.narrator = new Narrator(model);
    this.board = new OptionsBoard(result);
  }

  /** The report as text or Markdown. */
  public String render(Doc.Style style) {
    Doc doc = new Doc();
    doc.heading(2, "Dilemmas: " + model.conflict().title());
    appendTo(doc, 3);
    doc.para("Parley " + Parley.VERSION + " · model " + modelFile);
    return doc.render(style);
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
    List<String> notes = new ArrayList<>(board.doubtNotes(narrator));
    notes.addAll(readings());
    doc.bullets(notes);
    doc.heading(level, "Where the parties stand");
    doc.bullets(phases());
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
      if (!g.kind().isCrisis()) {
        parts.add(headline(g));
      }
    }
    List<String> lines = new ArrayList<>(parts);
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

  /** A commitment dilemma in one sentence, for the bottom line. */
  private String headline(Group g) {
    Dilemma d = g.first();
    String whom = others(g);
    String at = futures(d.because().stream().map(Comparison::worse).toList(), d);
    return switch (d.kind()) {
      case TRUST ->
          narrator.dm(d.faced())
              + " cannot trust "
              + whom
              + " to keep "
              + (g.toward().size() == 1 ? "its" : "their")
              + " part"
              + (at.isEmpty() ? " of the future they both propose" : " at " + at)
              + " (a trust dilemma).";
      case COOPERATION ->
          narrator.dm(d.faced())
              + " would gain by breaking its own promise"
              + (at.isEmpty() ? "" : " at " + at)
              + ", so "
              + whom
              + " cannot rely on it (a co-operation dilemma).";
      default -> "";
    };
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
    String resolutionFor = null;
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
        resolutionFor = narrator.dm(d.faced());
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
    String how = resolution(d.kind(), d);
    if (resolutionFor != null) {
      how = how.replace("the party that threatens it", resolutionFor);
    }
    s.append(" What resolves it: ").append(how).append('.');
    if (d.kind().versionOneName() != null) {
      s.append(" (Version 1 of drama theory calls this a ")
          .append(d.kind().versionOneName())
          .append(" dilemma.)");
    }
    return s.toString();
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
  private String moves(List<Comparison> bs) {
    List<String> out = new ArrayList<>();
    for (Comparison c : bs.subList(0, Math.min(bs.size(), MOST_REASONS))) {
      String step = model.isGraphForm() ? "" : narrator.step(c.worse(), c.better(), c.judge());
      out.add((step.isEmpty() ? "move" : step) + " (to " + narrator.words(c.better()) + ")");
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
  static String resolution(DilemmaKind kind, Dilemma d) {
    return switch (kind) {
      case PERSUASION ->
          "offer the other party more, make the threat weigh more, or change the position";
      case REJECTION ->
          "make the threatened future more bearable for the party that threatens it (so that it"
              + " would carry the threat out), or concede";
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
    ObjectNode n = MediatorJson.MAPPER.createObjectNode();
    n.put("bottomLine", bottomLine());
    if (result.concept() != null) {
      n.put("concept", result.concept().id());
    }
    n.set("threatened", state(result.threatened()));
    ArrayNode ps = n.putArray("positions");
    for (Position p : result.table().positions()) {
      ObjectNode o = ps.addObject();
      o.put("party", MediatorJson.dm(model, p.holder()));
      o.put(
          "pattern", model.isGraphForm() ? null : p.future().toYnd(model.conflict().optionCount()));
      ArrayNode rs = o.putArray("readings");
      for (int s : result.readings(p.holder())) {
        rs.add(StateSpace.number(s));
      }
      provenance(o, p.provenance());
    }
    ArrayNode ds = n.putArray("doubts");
    for (Doubt d : result.table().doubts()) {
      ds.add(doubt(d));
    }
    ArrayNode pairs = n.putArray("pairs");
    for (int x = 0; x < model.dmCount(); x++) {
      for (int y = x + 1; y < model.dmCount(); y++) {
        ObjectNode o = pairs.addObject();
        o.put("a", MediatorJson.dm(model, x));
        o.put("b", MediatorJson.dm(model, y));
        o.put("phase", result.atCommitment(x, y) ? "commitment" : "crisis");
        ArrayNode c = o.putArray("common");
        for (int s : result.common(x, y)) {
          c.add(StateSpace.number(s));
        }
      }
    }
    n.set("board", board.json());
    ArrayNode dl = n.putArray("dilemmas");
    for (Dilemma d : result.dilemmas()) {
      ObjectNode o = dl.addObject();
      o.put("kind", d.kind().id());
      o.put("name", d.kind().label());
      if (d.kind().versionOneName() != null) {
        o.put("versionOneName", d.kind().versionOneName());
      }
      o.put("stance", d.kind().stance());
      o.put("faced", MediatorJson.dm(model, d.faced()));
      if (d.toward() >= 0) {
        o.put("toward", MediatorJson.dm(model, d.toward()));
      } else {
        o.putNull("toward");
      }
      o.put("everyReading", d.everyReading());
      ArrayNode bs = o.putArray("because");
      for (Comparison c : d.because()) {
        ObjectNode b = bs.addObject();
        b.put("judge", MediatorJson.dm(model, c.judge()));
        b.put("worse", StateSpace.number(c.worse()));
        b.put("better", StateSpace.number(c.better()));
        b.put("move", c.move());
      }
      if (d.doubt() != null) {
        o.set("doubt", doubt(d.doubt()));
      }
      ArrayNode vs = o.putArray("gmcr");
      for (GmcrView v : d.gmcr()) {
        ObjectNode b = vs.addObject();
        b.put("concept", v.concept().id());
        b.put("party", MediatorJson.dm(model, v.party()));
        b.put("state", StateSpace.number(v.state()));
        b.put("stable", v.stable());
      }
      o.put("sentence", sentence(new Group(List.of(d))));
      o.put("resolution", resolution(d.kind(), d));
    }
    return n;
  }

  private ObjectNode state(int s) {
    ObjectNode o = MediatorJson.MAPPER.createObjectNode();
    o.put("state", StateSpace.number(s));
    o.put("yn", model.isGraphForm() ? null : model.space().yn(s));
    o.put("words", narrator.plain(s));
    return o;
  }

  private ObjectNode doubt(Doubt d) {
    ObjectNode o = MediatorJson.MAPPER.createObjectNode();
    o.put("party", MediatorJson.dm(model, d.doubter()));
    o.put("doubts", MediatorJson.dm(model, d.doubted()));
    o.put("about", d.about().name().toLowerCase(java.util.Locale.ROOT));
    provenance(o, d.provenance());
    return o;
  }

  private static void provenance(ObjectNode o, dev.parley.core.model.Provenance p) {
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
