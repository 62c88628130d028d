package dev.parley.app;

import static dev.parley.app.VariationsTest.bad;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.inverse.GoalSeeker;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.GoalsReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode goals(GoalsReport r) throws Exception {
    return JSON.readTree(r.json()).get("goals");
  }

  @Test
  void theSameGoalsGetTheSameAnswerFromEitherFrontEnd() throws Exception {
    // parley goals FLAGSHIP --stable deal --unstable war
    Goals.Request fromCli = Goals.Request.of(List.of("deal"), List.of("war"));
    // POST …/goals {"goals": [{"state": "deal", "stable": true}, {"state": "war", ...false}]}
    Goals.Request fromApi =
        new Goals.Request(
            List.of(new Goals.Goal("deal", true), new Goals.Goal("war", false)),
            List.of(),
            List.of(),
            List.of(),
            Goals.DEFAULT_BOUND);
    assertThat(fromApi).isEqualTo(fromCli);
    GoalsReport cli = Goals.run(Models.cli(Models.FLAGSHIP), fromCli, Progress.NONE);
    GoalsReport api = Goals.run(Models.server(Models.FLAGSHIP), fromApi, Progress.NONE);
    assertThat(goals(api)).isEqualTo(goals(cli));
    // SEQ by default, about equilibrium, over every whole ranking: as GoalSeeker decides
    assertThat(cli.goals())
        .containsExactly(
            new GoalSeeker.Goal(7, Concept.SEQ, -1, true),
            new GoalSeeker.Goal(8, Concept.SEQ, -1, false));
    ModelInput in = Models.cli(Models.FLAGSHIP);
    GoalSeeker.Outcome core =
        GoalSeeker.seek(PreferenceSpace.wholeRankings(in.model), cli.goals(), Goals.BUDGET);
    assertThat(cli.outcome().achievable()).isEqualTo(core.achievable()).isTrue();
    assertThat(goals(cli).at("/smallestChange/swaps").asInt()).isEqualTo(1);
  }

  @Test
  void goalsCanBeAboutDecisionMakersAndConflict() throws Exception {
    ModelInput in = Models.server(Models.FLAGSHIP);
    GoalsReport r =
        Goals.run(
            in,
            Goals.Request.of(List.of("deal", "capitulation"), List.of())
                .withConcepts(List.of(Concept.NASH, Concept.NASH))
                .withVary(List.of("RU")),
            Progress.NONE);
    assertThat(r.goals()).hasSize(2); // the concept once
    assertThat(r.outcome().achievable()).isFalse();
    assertThat(goals(r).at("/conflict/0/state").asInt()).isEqualTo(7);
    GoalsReport who =
        Goals.run(
            in,
            Goals.Request.of(List.of(), List.of("war")).withDecisionMakers(List.of("ru", "US")),
            Progress.NONE);
    assertThat(who.goals())
        .containsExactly(
            new GoalSeeker.Goal(8, Concept.SEQ, 2, false),
            new GoalSeeker.Goal(8, Concept.SEQ, 0, false));
  }

  @Test
  void badRequestsNameTheirField() {
    ModelInput in = Models.server(Models.FLAGSHIP);
    Goals.Request ok = Goals.Request.of(List.of("deal"), List.of("war"));
    Goals.check(in, ok);
    assertThat(bad(() -> Goals.check(in, Goals.Request.of(List.of()))).field()).isEqualTo("goals");
    BadRequest state =
        bad(() -> Goals.check(in, Goals.Request.of(List.of("deal"), List.of("nowhere"))));
    assertThat(state.field()).isEqualTo("goals[1].state");
    BadRequest dm = bad(() -> Goals.check(in, ok.withDecisionMakers(List.of("US", "Mars"))));
    assertThat(dm.field()).isEqualTo("decisionMakers[1]");
    assertThat(dm.lines().get(0)).startsWith("unknown decision maker 'Mars'");
    assertThat(bad(() -> Goals.check(in, ok.withBound(Goals.MAX_BOUND + 1))).getMessage())
        .isEqualTo("bound 51: give a number from 0 to 50");
    assertThat(bad(() -> Goals.check(in, ok.withVary(List.of("RU=1..1")))).field())
        .isEqualTo("vary[0]");
  }
}
