package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.foresight.LimitedMove;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.GoalSeeker;
import dev.parley.core.inverse.InverseCount;
import dev.parley.core.inverse.MinimalChange;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.Robustness;
import dev.parley.core.inverse.TargetCheck;
import dev.parley.core.inverse.TargetConditions;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.io.StateRefs;
import dev.parley.server.analysis.Validation;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mediator's analyses over HTTP (inverse, goals, robustness) and L_h / NM in the analysis, each
 * answer compared with what the core computes for the same question.
 */
class MediatorApiTest {
  static final String FLAGSHIP = "peace-talks-2026-v1.yaml";

  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer(dir, Duration.ZERO, "chicken.yaml", FLAGSHIP);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  LoadedModel load(String name) throws Exception {
    String text = Files.readString(dir.resolve(name));
    return Validation.of(text, name, Format.of(name)).modelOrThrow(name);
  }

  /** The flagship model, as the server reads it. */
  GraphModel flagship() throws Exception {
    return load(FLAGSHIP).graphModel();
  }

  /** The index of the flagship's state {@code ref}. */
  int state(String ref) throws Exception {
    return StateRefs.resolve(ref, load(FLAGSHIP));
  }

  static int[][] current(GraphModel g) {
    int[][] p = new int[g.dmCount()][];
    for (int d = 0; d < p.length; d++) {
      p[d] = g.payoffs(d);
    }
    return p;
  }

  JsonNode done(TestServer.Res r) throws Exception {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode o = r.json();
    assertThat(o.get("job").get("status").asText()).isEqualTo("done");
    return o.get("result");
  }

  /** The answer to {@code POST /api/models/FLAGSHIP/question} with {@code body}, once done. */
  private JsonNode ask(String question, String body) throws Exception {
    return done(server.send("POST", "/api/models/" + FLAGSHIP + "/" + question, body));
  }

  @Test
  void inverseSaysWhatWouldMakeCapitulationASeqEquilibriumAsTheCoreDoes() throws Exception {
    JsonNode r =
        ask(
            "inverse",
            "{\"target\": \"capitulation\", \"concepts\": [\"seq\"], \"vary\": [\"RU\"],"
                + " \"waitMs\": 30000}");
    GraphModel g = flagship();
    int t = state("capitulation");
    int ru = g.conflict().dmIndex("RU");
    assertThat(r.get("target").get("id").asInt()).isEqualTo(StateSpace.number(t));
    assertThat(r.get("targetLabel").asText()).isEqualTo("state 7 (capitulation)");

    // the verdict now, per decision maker, as TargetCheck says
    TargetCheck check = new TargetCheck(g, t);
    boolean eq = check.equilibrium(Concept.SEQ, current(g));
    JsonNode seq = r.get("inverse").get("concepts").get("seq");
    assertThat(seq.get("equilibrium").asBoolean()).isEqualTo(eq).isFalse();
    for (int d = 0; d < g.dmCount(); d++) {
      String id = g.conflict().decisionMakers().get(d).id();
      assertThat(seq.get("stableFor").get(id).asBoolean())
          .as(id)
          .isEqualTo(check.stable(Concept.SEQ, d, current(g)));
    }
    // the exact count over Russia's whole ranking
    PreferenceSpace space =
        PreferenceSpace.fixed(g).withRanking(ru, 0, PreferenceSpace.tiers(g, ru).length - 1);
    InverseCount.Result count =
        InverseCount.count(space, t, List.of(Concept.SEQ), InverseCount.Limits.DEFAULT).get(0);
    assertThat(new BigInteger(seq.get("count").asText())).isEqualTo(count.count());
    assertThat(new BigInteger(seq.get("total").asText())).isEqualTo(count.total());
    assertThat(count.total()).isEqualTo(BigInteger.valueOf(40_320)); // 8 tie groups: 8!

    // the words say the same
    JsonNode w = r.get("words").get("seq");
    assertThat(w.get("verdict").asText())
        .isEqualTo(
            "State 7 (capitulation) is not a SEQ equilibrium now: it is unstable for the United"
                + " States.");
    assertThat(w.get("count").asText())
        .startsWith(
            String.format(
                java.util.Locale.UK, "%,d of 40,320 profiles", count.count().longValue()));
    assertThat(w.get("changeGoal").asText()).isEqualTo("make");

    // the smallest change, searched where the count was (Russia's ranking), as MinimalChange finds
    MinimalChange.Result ch =
        MinimalChange.forTarget(space, check, Concept.SEQ, true, 6, 2_000_000);
    JsonNode sc = seq.get("smallestChange");
    if (ch.found()) {
      assertThat(sc.get("swaps").asInt()).isEqualTo(ch.distance());
      assertThat(w.get("change").asText())
          .startsWith("Smallest change to make it one: " + ch.distance() + " swap");
      // side by side: Russia's ranking, with exactly the positions the change moves marked
      JsonNode side = w.get("sideBySide").get(0);
      assertThat(side.get("decisionMaker").asText()).isEqualTo("RU");
      int[] order = ch.orders()[ru];
      int differs = 0;
      for (int p = 0; p < order.length; p++) {
        JsonNode row = side.get("rows").get(p);
        assertThat(row.get("differs").asBoolean()).isEqualTo(order[p] != p);
        differs += order[p] != p ? 1 : 0;
        int[] tier = PreferenceSpace.tiers(g, ru)[order[p]];
        assertThat(row.get("changed").get(0).asInt()).isEqualTo(StateSpace.number(tier[0]));
      }
      assertThat(differs).isPositive();
    } else {
      assertThat(sc.get("swaps").isNull()).isTrue();
      assertThat(w.get("change").asText()).startsWith("No change");
    }

    // one sentence per move to deter, per decision maker, as TargetConditions writes them out
    TargetConditions tc = TargetConditions.of(check, Concept.SEQ);
    JsonNode conds = w.get("conditions");
    assertThat(conds).hasSize(g.dmCount());
    for (int d = 0; d < g.dmCount(); d++) {
      assertThat(conds.get(d).get("moves")).hasSize(tc.clauses(d).size());
      assertThat(conds.get(d).get("holdsNow").asBoolean())
          .isEqualTo(tc.stable(d).holds(current(g)));
    }
    assertThat(conds.get(0).get("moves").get(0).get("sentence").asText())
        .startsWith("If the United States takes up")
        .contains("state 8 (deal)");
    // the current rankings, for the side-by-side view
    assertThat(r.get("rankings").get("RU")).hasSize(PreferenceSpace.tiers(g, ru).length);
  }

  @Test
  void inverseCountsTheDealOverEveryRankingExactly() throws Exception {
    JsonNode r =
        ask(
            "inverse",
            "{\"target\": \"deal\", \"concepts\": [\"seq\", \"nash\"],"
                + " \"vary\": [\"US\", \"UA\", \"RU\"], \"list\": 0, \"waitMs\": 30000}");
    GraphModel g = flagship();
    int t = state("deal");
    List<InverseCount.Result> counts =
        InverseCount.count(
            PreferenceSpace.wholeRankings(g),
            t,
            List.of(Concept.SEQ, Concept.NASH),
            InverseCount.Limits.DEFAULT);
    JsonNode cs = r.get("inverse").get("concepts");
    assertThat(cs.get("seq").get("count").asText()).isEqualTo(counts.get(0).count().toString());
    assertThat(cs.get("nash").get("count").asText()).isEqualTo(counts.get(1).count().toString());
    assertThat(cs.get("seq").get("total").asText()).isEqualTo("1170505728000");
    // the deal is an equilibrium now: the answer is what would break it, and what it depends on
    JsonNode w = r.get("words").get("seq");
    assertThat(w.get("changeGoal").asText()).isEqualTo("break");
    assertThat(w.get("verdict").asText()).isEqualTo("State 8 (deal) is a SEQ equilibrium now.");
    TargetConditions tc = TargetConditions.of(new TargetCheck(g, t), Concept.SEQ);
    assertThat(w.get("dependsOn")).hasSize(tc.critical(current(g)).size());
    assertThat(w.get("dependsOn").get(0).asText()).contains("state 8 (deal)");
  }

  @Test
  void goalsThatHoldTogetherAndGoalsThatConflictAsGoalSeekerDecides() throws Exception {
    JsonNode r =
        ask(
            "goals",
            "{\"goals\": [{\"state\": \"deal\", \"stable\": true}, {\"state\": \"war\","
                + " \"stable\": false}], \"concepts\": [\"seq\"], \"waitMs\": 30000}");
    GraphModel g = flagship();
    int deal = state("deal");
    int war = state("war");
    PreferenceSpace whole = PreferenceSpace.wholeRankings(g);
    List<GoalSeeker.Goal> goals =
        List.of(
            new GoalSeeker.Goal(deal, Concept.SEQ, -1, true),
            new GoalSeeker.Goal(war, Concept.SEQ, -1, false));
    GoalSeeker.Outcome out = GoalSeeker.seek(whole, goals, GoalSeeker.DEFAULT_BUDGET);
    assertThat(r.get("goals").get("achievable").asBoolean()).isEqualTo(out.achievable()).isTrue();
    // the smallest change really meets both goals
    JsonNode side = r.get("words").get("sideBySide");
    assertThat(side).isNotEmpty();
    int[][] orders = whole.identity();
    for (JsonNode dm : side) {
      int d = g.conflict().dmIndex(dm.get("decisionMaker").asText());
      int[][] tiers = PreferenceSpace.tiers(g, d);
      for (JsonNode row : dm.get("rows")) {
        int first = row.get("changed").get(0).asInt();
        for (int x = 0; x < tiers.length; x++) {
          if (StateSpace.number(tiers[x][0]) == first) {
            orders[d][row.get("position").asInt() - 1] = x;
          }
        }
      }
    }
    int[][] p = whole.payoffs(orders);
    assertThat(new TargetCheck(g, deal).equilibrium(Concept.SEQ, p)).isTrue();
    assertThat(new TargetCheck(g, war).equilibrium(Concept.SEQ, p)).isFalse();
    assertThat(r.get("words").get("outcome").asText())
        .startsWith("The goals can hold together. The smallest change that achieves every goal: ");
    assertThat(r.get("words").get("goals").get(0).asText())
        .isEqualTo("State 8 (deal) is a SEQ equilibrium.");

    // capitulation a Nash equilibrium varying only Russia: the United States would still sign
    JsonNode c =
        ask(
            "goals",
            "{\"goals\": [{\"state\": \"capitulation\", \"stable\": true}], \"concepts\":"
                + " [\"nash\"], \"vary\": [\"RU\"], \"waitMs\": 30000}");
    int ru = g.conflict().dmIndex("RU");
    GoalSeeker.Outcome none =
        GoalSeeker.seek(
            PreferenceSpace.fixed(g).withRanking(ru, 0, PreferenceSpace.tiers(g, ru).length - 1),
            List.of(new GoalSeeker.Goal(state("capitulation"), Concept.NASH, -1, true)),
            GoalSeeker.DEFAULT_BUDGET);
    assertThat(none.achievable()).isFalse();
    assertThat(c.get("goals").get("achievable").asBoolean()).isFalse();
    assertThat(c.get("words").get("outcome").asText()).startsWith("The goals conflict");
    assertThat(c.get("words").get("conflict")).hasSize(none.conflict().size());
  }

  @Test
  void robustnessMarginsAreTheCoresMargins() throws Exception {
    JsonNode r =
        ask(
            "robustness",
            "{\"concepts\": [\"nash\", \"gmr\", \"seq\"], \"bound\": 3, \"waitMs\": 30000}");
    GraphModel g = flagship();
    List<Concept> cs = List.of(Concept.NASH, Concept.GMR, Concept.SEQ);
    Robustness.Margin[][] m = Robustness.margins(PreferenceSpace.wholeRankings(g), cs, 3, 500_000);
    assertThat(r.get("robustness").get("bound").asInt()).isEqualTo(3);
    int equilibria = 0;
    for (int c = 0; c < cs.size(); c++) {
      JsonNode list = r.get("robustness").get("concepts").get(cs.get(c).id());
      JsonNode cells = r.get("words").get(cs.get(c).id()).get("cells");
      assertThat(list).hasSize(g.stateCount());
      for (int s = 0; s < g.stateCount(); s++) {
        Robustness.Margin x = m[c][s];
        JsonNode e = list.get(s);
        assertThat(e.get("equilibrium").asBoolean()).isEqualTo(x.equilibrium());
        if (x.found()) {
          assertThat(e.get("swaps").asInt()).isEqualTo(x.swaps());
          assertThat(cells.get(s).asText()).isEqualTo(String.valueOf(x.swaps()));
        } else {
          assertThat(e.get("swaps").isNull()).isTrue();
          assertThat(cells.get(s).asText()).isIn(">" + x.moreThan(), "never");
        }
        equilibria += x.equilibrium() ? 1 : 0;
      }
    }
    int breaks = 0;
    for (Concept c : cs) {
      breaks += r.get("words").get(c.id()).get("breaks").size();
    }
    assertThat(breaks).isEqualTo(equilibria).isPositive();
    // the deal under SEQ: one swap from breaking (docs/mediator.md)
    JsonNode dealSeq = r.get("robustness").get("concepts").get("seq").get(7);
    assertThat(dealSeq.get("state").asInt()).isEqualTo(8);
    assertThat(dealSeq.get("swaps").asInt()).isEqualTo(1);
  }

  @Test
  void aLongQuestionIsAJobThatCanBeFollowed() throws Exception {
    TestServer.Res r =
        server.send(
            "POST",
            "/api/models/" + FLAGSHIP + "/robustness",
            "{\"concepts\": [\"seq\"], \"waitMs\": 0}");
    assertThat(r.status()).isIn(200, 202);
    String id = r.json().get("job").get("id").asText();
    if (r.status() == 202) {
      assertThat(r.raw().headers().firstValue("Location")).hasValue("/api/jobs/" + id);
    }
    JsonNode job = r.json();
    for (int i = 0; i < 400 && job.get("job").get("status").asText().equals("running"); i++) {
      Thread.sleep(50);
      job = server.get("/api/jobs/" + id).json();
    }
    assertThat(job.get("job").get("status").asText()).isEqualTo("done");
    assertThat(job.get("result").get("robustness").get("concepts").has("seq")).isTrue();
    assertThat(job.get("result").get("model").asText()).isEqualTo(FLAGSHIP);
  }

  @Test
  void badQuestionsGetAClearJsonErrorNamingTheField() throws Exception {
    String inv = "/api/models/" + FLAGSHIP + "/inverse";
    refused(inv, "{}", "target is required");
    refused(inv, "{\"target\": \"nowhere\"}", "target 'nowhere'");
    refused(
        inv, "{\"target\": \"deal\", \"concepts\": [\"L2\"]}", "concepts[0] unknown concept 'L2'");
    refused(
        inv,
        "{\"target\": \"deal\", \"vary\": [\"XX\"]}",
        "vary[0] unknown decision maker 'XX'; the model has: US, UA, RU");
    refused(
        inv,
        "{\"target\": \"deal\", \"vary\": [\"RU=3..99\"]}",
        "vary[0] RU=3..99: give positions FROM..TO within 1..8");
    refused(
        inv, "{\"target\": \"deal\", \"bound\": 99}", "bound must be a whole number from 0 to 50");
    refused(inv, "{\"target\": \"deal\", \"metric\": \"votes\"}", "metric votes: use ranking");
    String goals = "/api/models/" + FLAGSHIP + "/goals";
    refused(goals, "{\"goals\": []}", "goals is required");
    refused(
        goals,
        "{\"goals\": [{\"state\": \"deal\"}]}",
        "goals[0] must be {\"state\": STATE, \"stable\": true or false}");
    refused(
        goals,
        "{\"goals\": [{\"state\": \"deal\", \"stable\": true}], \"decisionMakers\":"
            + " [\"Mars\"]}",
        "decisionMakers[0] unknown decision maker 'Mars'");
    String rob = "/api/models/" + FLAGSHIP + "/robustness";
    refused(rob, "{\"bound\": -1}", "bound must be a whole number");
    refused(rob, "{\"concepts\": \"seq, nsh\"}", "concepts[1] unknown concept 'nsh'");
    assertThat(server.send("POST", "/api/models/none.yaml/robustness", "{}").status())
        .isEqualTo(404);
  }

  /** {@code POST path} with {@code body} is refused with a 400 whose error says {@code message}. */
  private void refused(String path, String body, String message) throws Exception {
    TestServer.Res r = server.send("POST", path, body);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode e = r.json();
    assertThat(e.get("error").asText()).contains(message);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("at dev.parley");
  }

  @Test
  void limitedMoveAndNonMyopicColumnsAreTheCoresVerdicts() throws Exception {
    JsonNode r =
        done(
            server.send(
                "POST",
                "/api/models/chicken.yaml/analyses",
                "{\"concepts\": [\"nash\", \"L2\", \"NM\"], \"waitMs\": 30000}"));
    assertThat(r.get("parameters").get("foresight").toString()).isEqualTo("[\"L2\",\"NM\"]");
    GraphModel g = load("chicken.yaml").graphModel();
    LimitedMove lm = new LimitedMove(g);
    BitSet l2 = (BitSet) lm.horizon(2).stableUnderEvery()[0].clone();
    l2.and(lm.horizon(2).stableUnderEvery()[1]);
    assertThat(ids(r.get("L2").get("equilibria"))).isEqualTo(ids(l2));
    assertThat(ids(r.get("NM").get("equilibria"))).isEqualTo(ids(lm.nonMyopic().equilibria()));
    // three decision makers: refused, with the reason
    assertThat(
            server
                .send(
                    "POST",
                    "/api/models/" + FLAGSHIP + "/analyses",
                    "{\"concepts\": [\"seq\", \"L2\"]}")
                .error(400))
        .contains("defined for two decision makers; " + FLAGSHIP + " has 3");
  }

  private static List<Integer> ids(JsonNode arr) {
    List<Integer> out = new ArrayList<>();
    arr.forEach(x -> out.add(x.asInt()));
    return out;
  }

  private static List<Integer> ids(BitSet b) {
    List<Integer> out = new ArrayList<>();
    b.stream().forEach(s -> out.add(StateSpace.number(s)));
    return out;
  }
}
