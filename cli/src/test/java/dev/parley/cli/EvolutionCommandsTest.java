package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** parley evolve and parley deadlocks, graph-form models and --package on the command line. */
class EvolutionCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void elmiraFromTheStatusQuoHasOneImprovement() {
    Cli r = Cli.ok("evolve", Cli.example("elmira.yaml"));
    assertThat(r.flat())
        .contains("EVOLUTION FROM STATE 1 (APPEAL)")
        .contains("- The Local Government can move to 7 (insistWhileDelaying), an improvement.")
        .contains(
            "The only improvement: the Local Government takes up “Insist on the original control"
                + " order” (→ state 7 (insistWhileDelaying)).")
        .contains("- By legal sequences of improvements: 7 (insistWhileDelaying) (1 state).");
  }

  @Test
  void elmiraCoalitionMovesOnFromSeven() {
    Cli r =
        Cli.ok(
            "evolve",
            Cli.example("elmira.yaml"),
            "--from",
            "7",
            "--coalitions",
            "MoE+Uniroyal",
            "--improvements-only",
            "--depth",
            "2");
    assertThat(r.out())
        .contains(
            "The only improvement: the Ontario Ministry of the Environment + Uniroyal Chemical")
        .contains("7 insistWhileDelaying\n└─ MoE+Uniroyal → 10 *\n");
  }

  @Test
  void jsonPathsAreLegalSequences() throws IOException {
    Cli r = Cli.ok("evolve", Cli.example("peace-talks-2026-v1.yaml"), "--depth", "2", "-f", "json");
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("from").asInt()).isEqualTo(9);
    assertThat(root.at("/model/form").asText()).isEqualTo("option");
    assertThat(root.get("movers")).hasSize(3);
    assertThat(root.get("exactly")).hasSize(2);
    assertThat(root.at("/tree/nodes/0/state").asInt()).isEqualTo(9);
    for (JsonNode p : root.get("paths")) {
      for (String key : List.of("byImprovements", "byMoves")) {
        JsonNode steps = p.get(key);
        if (steps.isNull()) {
          continue;
        }
        int at = 9;
        String last = "";
        for (JsonNode st : steps) {
          assertThat(st.get("from").asInt()).isEqualTo(at);
          assertThat(st.get("by").asText()).isNotEqualTo(last);
          if (key.equals("byImprovements")) {
            assertThat(st.get("improvement").asBoolean()).isTrue();
          }
          at = st.get("to").asInt();
          last = st.get("by").asText();
        }
        assertThat(at).isEqualTo(p.get("to").asInt());
      }
    }
  }

  /** {@code parley evolve} of the first peace-talks model to the deal, with {@code more}. */
  private static Cli evolveToDeal(String... more) {
    List<String> args =
        new ArrayList<>(List.of("evolve", Cli.example("peace-talks-2026-v1.yaml"), "--to", "deal"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void thePackageMakesTheDealReachable() throws IOException {
    Cli without = evolveToDeal();
    assertThat(without.out()).contains("- Not reachable by improvements.");
    // by consent the package is never made: the United States gains nothing by the joint step
    Cli consent = evolveToDeal("--package", "sign,withdraw");
    assertThat(consent.code()).as(consent.err()).isZero();
    assertThat(consent.out()).contains("- Not reachable by improvements.");
    Cli with = evolveToDeal("--package", "imposed:sign,withdraw");
    assertThat(with.code()).as(with.err()).isZero();
    assertThat(with.out())
        .contains("- By improvements, 2 steps: Ukraine together with the United States takes up")
        .contains("then Russia takes up “accept the settlement and a ceasefire”");
    Cli briefing =
        Cli.ok(
            "analyze",
            Cli.example("peace-talks-2026-v1.yaml"),
            "--package",
            "imposed:sign,withdraw");
    assertThat(briefing.flat()).contains("imposed: any of them can make the joint move alone");
    assertThat(briefing.out())
        .contains("Commitment packages\n-------------------")
        .contains("- Now reachable: state 8 (deal), an equilibrium with the packages")
        .contains(
            "- SEQ equilibria: without the packages 8 (deal), 9 (war); with them 8 (deal)"
                + " (lost 9 (war)).");
  }

  @Test
  void packagesAppearInTheJsonResult() throws IOException {
    Cli r =
        Cli.ok(
            "analyze",
            Cli.example("peace-talks-2026-v1.yaml"),
            "--package",
            "imposed:sign,withdraw",
            "-f",
            "json");
    JsonNode p = JSON.readTree(r.out()).get("packages");
    assertThat(p.toString())
        .isEqualTo(
            "[{\"options\":[\"sign\",\"withdraw\"],\"owners\":[\"US\",\"UA\"],"
                + "\"imposed\":true}]");
    assertThat(JSON.readTree(r.out()).at("/nash/equilibria").asText()).isEqualTo("8");
  }

  @Test
  void graphFormCannotBeWrittenAsGmcr(@TempDir Path dir) {
    Cli r = Cli.run("convert", Cli.example("elmira-graph.yaml"), dir.resolve("e.gmcr").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("graph form");
    assertThat(Files.exists(dir.resolve("e.gmcr"))).isFalse();
  }

  @Test
  void badPackagesAreBadInput() {
    Cli unknown =
        Cli.run("analyze", Cli.example("peace-talks-2026-v1.yaml"), "--package", "sign,withdrew");
    assertThat(unknown.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(unknown.err()).contains("unknown option 'withdrew'");
    Cli oneOwner =
        Cli.run("evolve", Cli.example("peace-talks-2026-v1.yaml"), "--package", "accept,offensive");
    assertThat(oneOwner.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(oneOwner.err()).contains("can already take them together");
    Cli graph = Cli.run("deadlocks", Cli.example("elmira-graph.yaml"), "--package", "a,b");
    assertThat(graph.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(graph.err()).contains("graph form");
  }

  @Test
  void flagshipDeadlock() {
    Cli r = Cli.ok("deadlocks", Cli.example("peace-talks-2026-v1.yaml"));
    assertThat(r.flat())
        .contains("SEQUENCING DEADLOCKS")
        .contains(
            "State 8 (deal) - Coalitions that could make the joint move: the United States and"
                + " Ukraine; or the United States and Russia; or Ukraine and Russia.")
        .contains(
            "- The United States will not take up “sign the bilateral security guarantee for"
                + " Ukraine” first:")
        .contains(
            "- Together: a joint move by the United States and Ukraine reaches state 12 (the United"
                + " States signs the bilateral security guarantee for Ukraine, Ukraine withdraws")
        .contains(
            "then Russia takes up “accept the settlement and a ceasefire” and drops “continue"
                + " the offensive” (→ state 8 (deal)).")
        .contains("- State 8 (deal) holds: it is an equilibrium under every concept analysed.")
        .contains("is a passing state, not a deadlock");
    Cli md = Cli.run("deadlocks", Cli.example("peace-talks-2026-v1.yaml"), "-f", "markdown");
    assertThat(md.out()).startsWith("# ").contains("### State 8 (deal)\n");
  }

  @Test
  void flagshipDeadlockJson() throws IOException {
    Cli r = Cli.ok("deadlocks", Cli.example("peace-talks-2026-v1.yaml"), "--format", "json");
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("from").asInt()).isEqualTo(9);
    JsonNode usUa = null;
    for (JsonNode d : root.get("deadlocks")) {
      if (d.get("to").asInt() == 8 && d.get("coalition").toString().equals("[\"US\",\"UA\"]")) {
        usUa = d;
      }
    }
    assertThat(usUa).isNotNull();
    assertThat(usUa.get("jointMoveReaches").asInt()).isEqualTo(12);
    assertThat(usUa.at("/afterwards/0/by").asText()).isEqualTo("RU");
    assertThat(usUa.at("/afterwards/0/to").asInt()).isEqualTo(8);
    assertThat(usUa.at("/members/0/waitsFor/0").asText()).isEqualTo("UA");
    assertThat(usUa.at("/equilibriumUnder/seq").asBoolean()).isTrue();
    // with the package signed at once the deal is reachable: no deadlock to it is left
    Cli pkg =
        Cli.run(
            "deadlocks",
            Cli.example("peace-talks-2026-v1.yaml"),
            "--package",
            "imposed:sign,withdraw",
            "-f",
            "json");
    for (JsonNode d : JSON.readTree(pkg.out()).get("deadlocks")) {
      assertThat(d.get("to").asInt()).isNotEqualTo(8);
    }
  }

  @Test
  void dotIsADigraph() {
    Cli graph = Cli.ok("evolve", Cli.example("elmira.yaml"), "-f", "dot");
    DotSyntax.Counts g = DotSyntax.parseDigraph(graph.out());
    assertThat(g.nodes()).isEqualTo(12);
    assertThat(g.edges()).isEqualTo(30); // every move: 6 of MoE, 12 of Uniroyal, 12 of LG
    Cli tree =
        Cli.ok("evolve", Cli.example("peace-talks-2026-v1.yaml"), "--depth", "3", "-f", "dot");
    DotSyntax.Counts t = DotSyntax.parseDigraph(tree.out());
    assertThat(t.edges()).isEqualTo(t.nodes() - 1);
    assertThat(tree.out()).contains("penwidth=3").contains("style=dashed").contains("style=solid");
  }

  @Test
  void graphmlIsWellFormed(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("elmira.graphml");
    Cli r =
        Cli.ok(
            "evolve",
            Cli.example("elmira-graph.yaml"),
            "--depth",
            "2",
            "-f",
            "graphml",
            "-o",
            out.toString());
    Document doc = parse(Files.readString(out));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("graphml");
    assertThat(root.getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
    NodeList nodes = doc.getElementsByTagNameNS("*", "node");
    NodeList edges = doc.getElementsByTagNameNS("*", "edge");
    assertThat(edges.getLength()).isEqualTo(nodes.getLength() - 1);
    List<String> keys = new ArrayList<>();
    NodeList ks = doc.getElementsByTagNameNS("*", "key");
    for (int i = 0; i < ks.getLength(); i++) {
      keys.add(((Element) ks.item(i)).getAttribute("id"));
    }
    assertThat(keys).contains("statusQuo", "equilibrium", "improvement", "onPath", "mover");
    Cli graph = Cli.run("evolve", Cli.example("peace-talks-2026-v1.yaml"), "-f", "graphml");
    Document g = parse(graph.out());
    assertThat(g.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(12);
  }

  @Test
  void awkwardTextIsEscaped(@TempDir Path dir) throws Exception {
    Path model = dir.resolve("awkward.yaml");
    Files.writeString(
        model,
        """
        title: 'Quotes " and \\ backslash & <tags>'
        states:
          - {id: a, description: "x < y & \\"z\\""}
          - {id: b, description: "it's \\\\ fine"}
        decisionMakers:
          - id: P
            name: "P & <Q>"
            moves: [{from: a, to: b}]
            preferences: {ranking: [b, a]}
          - id: Q
            moves: [{from: b, to: a}]
            preferences: {ranking: [a, b]}
        statusQuo: a
        """);
    for (String depth : List.of("1", "0")) {
      List<String> args = new ArrayList<>(List.of("evolve", model.toString(), "-f", "dot"));
      if (!depth.equals("0")) {
        args.addAll(List.of("--depth", depth));
      }
      Cli dot = Cli.ok(args.toArray(String[]::new));
      DotSyntax.parseDigraph(dot.out());
      args.set(3, "graphml");
      Cli graphml = Cli.ok(args.toArray(String[]::new));
      assertThat(parse(graphml.out()).getElementsByTagNameNS("*", "desc").item(0).getTextContent())
          .contains("Quotes \" and \\ backslash & <tags>");
    }
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void graphFormModelIsAnalysed() {
    Cli r = Cli.ok("analyze", Cli.example("elmira-graph.yaml"));
    assertThat(r.out())
        .contains("graph form: 12 states and the moves between them")
        .contains("SEQ equilibria: 5 (abandoned), 6 (modifiedAbandoned), 7 (insistWhileDelaying)")
        .doesNotContain("SIM equilibria");
    Cli sim = Cli.run("analyze", Cli.example("elmira-graph.yaml"), "--concept", "sim");
    assertThat(sim.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(sim.err()).contains("graph form");
    Cli ev = Cli.ok("evolve", Cli.example("elmira-graph.yaml"));
    assertThat(ev.out()).contains("The only improvement: the Local Government moves (→ state 7");
    Cli dl = Cli.ok("deadlocks", Cli.example("elmira-graph.yaml"));
    assertThat(dl.out()).contains("No deadlock analysis");
    Cli v = Cli.run("validate", Cli.example("elmira-graph.yaml"));
    assertThat(v.out()).contains("graph form, 12 states");
  }

  @Test
  void aModelTooLargeForTheDeadlockSearchSaysSoInsteadOfFindingNone(
      @org.junit.jupiter.api.io.TempDir Path dir) {
    Path big = dir.resolve("big.yaml");
    Cli gen =
        Cli.ok(
            "generate", "--dms", "2", "--options", "16", "--infeasible", "0", "-o", big.toString());
    Cli r = Cli.ok("deadlocks", big.toString(), "--from", "1");
    assertThat(r.flat())
        .contains("Sequencing deadlocks were not searched")
        .contains("up to 20,000 states, and this one has 65,536")
        .doesNotContain("No sequencing deadlock");
    Cli json = Cli.run("deadlocks", big.toString(), "--from", "1", "-f", "json");
    assertThat(json.out()).contains("\"skipped\"");
  }

  @Test
  void badInputIsExitTwo() {
    String elmira = Cli.example("elmira.yaml");
    for (String[] args :
        List.of(
            new String[] {"evolve", elmira, "--to", "nowhere"},
            new String[] {"evolve", elmira, "--depth", "0"},
            new String[] {"evolve", elmira, "--coalitions", "MoE+Nobody"},
            new String[] {"evolve", elmira, "--coalitions", "MoE+LG,LG+Uniroyal"},
            new String[] {"evolve", elmira, "-f", "svg"},
            new String[] {"evolve", Cli.example("chicken.yaml")},
            new String[] {"deadlocks", Cli.example("chicken.yaml")},
            new String[] {"deadlocks", elmira, "--from", "13"})) {
      Cli r = Cli.run(args);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).isNotBlank().doesNotContain("Exception");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"evolve", "deadlocks"})
  void helpTeachesByExample(String command) {
    Cli r = Cli.run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Examples:").contains("parley " + command);
    assertThat(Cli.run("--help").out()).contains(command);
  }
}
