package dev.parley.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.Parley;
import dev.parley.core.coalition.Coalition;
import dev.parley.core.coalition.CoalitionConcept;
import dev.parley.core.coalition.CoalitionExplainer;
import dev.parley.core.coalition.CoalitionGains;
import dev.parley.core.coalition.CoalitionResult;
import dev.parley.core.evolution.ReachTree;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report of {@code parley coalitions}: coalition stability for every coalition
 * (docs/semantics.md §1.7(b)), the coalition equilibria beside the individual ones, the equilibria
 * coalitions break and how, and the states coalitions reach together along the evolution from the
 * status quo. As text, Markdown or JSON.
 *
 * @param individual the individual analysis under each concept's individual counterpart
 * @param statusQuo the status quo index, -1 if none
 */
public record CoalitionReport(
    GraphModel model,
    CoalitionResult result,
    List<CoalitionConcept> concepts,
    StabilityResult individual,
    int statusQuo,
    String modelFile,
    String modelHash) {
  /** At most this many broken equilibria are explained per concept. */
  private static final int EXPLAINED = 10;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public CoalitionReport {
    concepts = List.copyOf(concepts);
  }

  public String render(Doc.Style style) {
    Narrator narrator = new Narrator(model);
    CoalitionNarrator words = new CoalitionNarrator(model, narrator);
    Doc doc = new Doc();
    doc.heading(1, model.conflict().title() + " — coalitions");
    doc.para(
        "Stability for every coalition of decision makers. A coalition improves when a legal"
            + " sequence of its members' moves ends in a state every member strictly prefers; the"
            + " other decision makers answer with a legal sequence of their own moves; the answer"
            + " deters the coalition when it leaves "
            + result.deterrence().words()
            + " no better off than before. A coalition equilibrium is stable for every coalition,"
            + " each decision maker alone included.");
    doc.heading(2, "In brief");
    List<String> items = new ArrayList<>();
    items.add(
        model.dmCount()
            + " decision makers, "
            + result.coalitions().size()
            + " coalitions, "
            + model.stateCount()
            + " feasible states; a sanction must deter "
            + result.deterrence().words()
            + ".");
    for (CoalitionConcept c : concepts) {
      items.add(
          c.label()
              + " coalition equilibria: "
              + stateList(narrator, result.equilibria(c))
              + " ("
              + c.individual().label()
              + " equilibria: "
              + stateList(narrator, individual.equilibria(c.individual()))
              + ").");
    }
    doc.bullets(items);
    evolution(doc, narrator, words);
    broken(doc, narrator);
    doc.heading(2, "Stable states for each coalition");
    List<String> header = new ArrayList<>(List.of("coalition"));
    concepts.forEach(c -> header.add(c.label()));
    List<List<String>> rows = new ArrayList<>();
    for (Coalition h : result.coalitions()) {
      List<String> row = new ArrayList<>();
      row.add(words.id(h));
      for (CoalitionConcept c : concepts) {
        row.add(numbers(result.stableFor(c, h)));
      }
      rows.add(row);
    }
    doc.table(header, rows);
    doc.heading(3, "Concepts");
    doc.bullets(concepts.stream().map(c -> c.label() + ": " + c.meaning() + ".").toList());
    doc.para(
        "Parley "
            + Parley.VERSION
            + " · model "
            + modelFile
            + " · sha256 "
            + modelHash.substring(0, Math.min(12, modelHash.length()))
            + " · deterrence: "
            + result.deterrence().words());
    return doc.render(style);
  }

  private void evolution(Doc doc, Narrator narrator, CoalitionNarrator words) {
    if (statusQuo < 0) {
      return;
    }
    doc.heading(2, "Coalition moves from the status quo: " + narrator.label(statusQuo));
    BitSet reach = ReachTree.of(model, statusQuo, true).reachable();
    doc.para(
        reach.isEmpty()
            ? "No decision maker has a unilateral improvement from the status quo."
            : "By unilateral improvements, made in turn, the conflict can move from the status quo"
                + " to "
                + stateList(narrator, reach)
                + ". From the status quo and from each of these states, the coalitions below reach"
                + " a state together that no member reaches alone by an improvement of its own.");
    List<CoalitionGains.Gain> gains = CoalitionGains.alongEvolution(model, statusQuo);
    if (gains.isEmpty()) {
      doc.para("No coalition reaches such a state.");
    }
    doc.bullets(gains.stream().map(words::gain).toList());
  }

  /**
   * An individual equilibrium that coalitions break: the individual concepts it is an equilibrium
   * under ({@code was}, labels), the coalition concepts it is not ({@code isNot}), the most
   * permissive of these ({@code why}), and how the minimal coalitions break it, in sentences.
   */
  public record Broken(
      int state,
      List<String> was,
      List<String> isNot,
      CoalitionConcept why,
      List<String> sentences) {
    public Broken {
      was = List.copyOf(was);
      isNot = List.copyOf(isNot);
      sentences = List.copyOf(sentences);
    }
  }

  /** The states that are individual equilibria but not coalition equilibria under some concept. */
  public BitSet brokenStates() {
    BitSet lost = new BitSet();
    for (CoalitionConcept c : concepts) {
      BitSet l = individual.equilibria(c.individual());
      l.andNot(result.equilibria(c));
      lost.or(l);
    }
    return lost;
  }

  /**
   * The first {@code limit} equilibria that coalitions break, each explained under the most
   * permissive concept that breaks it (CGMR before CSMR, CSEQ and CNash), where nothing at all
   * deters the coalition.
   */
  public List<Broken> broken(int limit) {
    Narrator narrator = new Narrator(model);
    CoalitionNarrator words = new CoalitionNarrator(model, narrator);
    CoalitionExplainer explainer = new CoalitionExplainer(model);
    BitSet lost = brokenStates();
    List<Broken> out = new ArrayList<>();
    for (int s = lost.nextSetBit(0); s >= 0 && out.size() < limit; s = lost.nextSetBit(s + 1)) {
      List<String> was = new ArrayList<>();
      List<String> isNot = new ArrayList<>();
      for (CoalitionConcept c : concepts) {
        if (individual.equilibria(c.individual()).get(s) && !result.equilibria(c).get(s)) {
          was.add(c.individual().label());
          isNot.add(c.label());
        }
      }
      CoalitionConcept why = mostPermissive(s);
      List<String> items = new ArrayList<>();
      for (Coalition h : minimalUnstable(why, s)) {
        items.addAll(words.explain(explainer.explain(why, h, s, result.deterrence()).escapeOnly()));
      }
      out.add(new Broken(s, was, isNot, why, items));
    }
    return out;
  }

  private void broken(Doc doc, Narrator narrator) {
    BitSet lost = brokenStates();
    if (lost.isEmpty()) {
      return;
    }
    doc.heading(2, "Equilibria that coalitions break");
    List<Broken> shown = broken(EXPLAINED);
    for (Broken b : shown) {
      doc.heading(3, English.capital(narrator.label(b.state())));
      doc.para(
          "An equilibrium under "
              + String.join(", ", b.was())
              + ", but not a coalition equilibrium under "
              + String.join(", ", b.isNot())
              + ". Under "
              + b.why().label()
              + ":");
      doc.bullets(b.sentences());
    }
    if (lost.cardinality() > shown.size()) {
      doc.para((lost.cardinality() - shown.size()) + " more equilibria are broken by coalitions.");
    }
  }

  /** Among the concepts under which s stops being an equilibrium, the most permissive one. */
  private CoalitionConcept mostPermissive(int s) {
    for (CoalitionConcept c :
        List.of(
            CoalitionConcept.CGMR,
            CoalitionConcept.CSMR,
            CoalitionConcept.CSEQ,
            CoalitionConcept.CNASH)) {
      if (concepts.contains(c)
          && individual.equilibria(c.individual()).get(s)
          && !result.equilibria(c).get(s)) {
        return c;
      }
    }
    throw new IllegalStateException("state " + (s + 1) + " is not broken");
  }

  /** The coalitions for which s is unstable under c and no smaller coalition inside is. */
  private List<Coalition> minimalUnstable(CoalitionConcept c, int s) {
    List<Coalition> out = new ArrayList<>();
    for (Coalition h : result.coalitions()) {
      if (result.isStable(c, h, s)) {
        continue;
      }
      if (out.stream().noneMatch(g -> g.isSubsetOf(h))) {
        out.add(h);
      }
    }
    return out;
  }

  public String json() {
    try {
      return MAPPER.writeValueAsString(tree()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public ObjectNode tree() {
    Narrator narrator = new Narrator(model);
    CoalitionNarrator words = new CoalitionNarrator(model, narrator);
    ObjectNode root = ResultJson.root(model.conflict().title(), modelFile, modelHash);
    ObjectNode modelNode = (ObjectNode) root.get("model");
    ObjectNode params = root.putObject("parameters");
    ArrayNode cs = params.putArray("concepts");
    concepts.forEach(c -> cs.add(c.id()));
    params.put("deterrence", result.deterrence().id());
    params.put("coalitionReach", "legal sequences (no decision maker moves twice in a row)");
    ArrayNode dms = root.putArray("decisionMakers");
    model.conflict().decisionMakers().forEach(d -> dms.add(d.id()));
    ArrayNode coalitions = root.putArray("coalitions");
    for (Coalition h : result.coalitions()) {
      ObjectNode hn = coalitions.addObject();
      hn.put("id", words.id(h));
      ArrayNode members = hn.putArray("members");
      words.memberIds(h).forEach(members::add);
    }
    for (CoalitionConcept c : concepts) {
      ObjectNode cn = root.putObject(c.id());
      ObjectNode sf = cn.putObject("stableFor");
      for (Coalition h : result.coalitions()) {
        StructureSection.ids(sf.putArray(words.id(h)), result.stableFor(c, h));
      }
      StructureSection.ids(cn.putArray("equilibria"), result.equilibria(c));
      StructureSection.ids(
          cn.putArray("individualEquilibria"), individual.equilibria(c.individual()));
    }
    if (statusQuo >= 0) {
      root.put("statusQuo", StateSpace.number(statusQuo));
      ObjectNode ev = root.putObject("evolution");
      StructureSection.ids(
          ev.putArray("byUnilateralImprovements"),
          ReachTree.of(model, statusQuo, true).reachable());
      ArrayNode gains = ev.putArray("coalitionMoves");
      for (CoalitionGains.Gain g : CoalitionGains.alongEvolution(model, statusQuo)) {
        ObjectNode gn = gains.addObject();
        gn.put("coalition", words.id(g.coalition()));
        gn.put("from", StateSpace.number(g.from()));
        gn.put("to", StateSpace.number(g.target()));
        ArrayNode path = gn.putArray("path");
        for (var mv : g.path()) {
          ObjectNode mn = path.addObject();
          mn.put("by", words.id(mv.by()));
          mn.put("from", StateSpace.number(mv.from()));
          mn.put("to", StateSpace.number(mv.to()));
        }
        gn.put("byImprovements", g.byImprovements());
      }
    } else {
      root.putNull("statusQuo");
    }
    return root;
  }

  private static String numbers(BitSet states) {
    if (states.isEmpty()) {
      return "-";
    }
    String all =
        states.stream()
            .limit(30)
            .mapToObj(s -> String.valueOf(s + 1))
            .collect(Collectors.joining(", "));
    return all + (states.cardinality() > 30 ? " and " + (states.cardinality() - 30) + " more" : "");
  }

  private static String stateList(Narrator narrator, BitSet states) {
    if (states.isEmpty()) {
      return "none";
    }
    return narrator.numbered(states);
  }
}
