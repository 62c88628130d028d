package dev.parley.core.attitude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RelationalEngine#unsanctionedReply} agrees with the literal reference: it names a
 * relational reply that no sanction answers exactly where the state is unstable, and -1 where it is
 * stable.
 */
class UnsanctionedReplyTest {
  static final int MODELS = 80;

  @Test
  void namesAnUnansweredRelationalReplyExactlyWhereTheStateIsUnstable() {
    int named = 0;
    int stable = 0;
    int answeredRepliesSkipped = 0;
    List<String> wrong = new ArrayList<>();
    for (long seed = 1; seed <= MODELS; seed++) {
      GraphModel model = RelationalTesting.model(seed);
      Attitudes attitudes = RelationalTesting.randomAttitudes(model.dmCount(), seed);
      RelationalPreference.Reading reading = RelationalPreference.Reading.values()[(int) seed % 2];
      RelationalReference ref = new RelationalReference(model, attitudes, reading);
      RelationalResult result =
          new RelationalEngine()
              .analyze(model, attitudes, reading, EnumSet.allOf(RelationalConcept.class));
      for (RelationalConcept c : RelationalConcept.values()) {
        for (int i = 0; i < model.dmCount(); i++) {
          for (int s = 0; s < model.stateCount(); s++) {
            int q = RelationalEngine.unsanctionedReply(model, attitudes, reading, c, i, s);
            boolean isStable = ref.isStable(c, i, s);
            assertThat(result.isStable(c, i, s)).isEqualTo(isStable);
            if (isStable) {
              stable++;
              if (q != -1) {
                wrong.add(String.format("seed %d %s DM %d state %d: %d", seed, c, i, s, q));
              }
              continue;
            }
            named++;
            if (q < 0 || !ref.relationalReply(i, s, q) || ref.sanctioned(c, i, s, q)) {
              wrong.add(String.format("seed %d %s DM %d state %d: %d", seed, c, i, s, q));
              continue;
            }
            for (int q0 = 0; q0 < q; q0++) {
              if (ref.relationalReply(i, s, q0)) {
                answeredRepliesSkipped++;
                assertThat(ref.sanctioned(c, i, s, q0)).as("a lower unanswered reply").isTrue();
              }
            }
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(named).as("unstable cases").isGreaterThan(500);
    assertThat(stable).as("stable cases").isGreaterThan(500);
    assertThat(answeredRepliesSkipped).as("answered replies passed over").isGreaterThan(20);
  }
}
