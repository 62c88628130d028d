package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.parley.core.drama.Comparison;
import dev.parley.core.drama.Dilemma;
import dev.parley.core.drama.DilemmaKind;
import dev.parley.core.drama.Dilemmas;
import dev.parley.core.drama.DramaResult;
import dev.parley.core.graph.GraphModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A published confrontation-analysis example, translated into examples/bosnia-safe-areas-1995.yaml,
 * must give the dilemmas its source reports (docs/semantics.md §4, "Catalog case").
 *
 * <p>Source: the Wikipedia article "Confrontation analysis", section "Method": a card table "taken
 * from the 1995 Bosnian Conflict", "an interaction between the Bosnian Serbs and the United Nations
 * forces over the safe areas". The article says that it "has three persuasion dilemmas in that the
 * Bosnian Serbs are not going to do the three things they want them to (not attack the enclaves,
 * withdraw the heavy weapons and not take hostages)" and "also has a rejection dilemma in that the
 * Bosnian Serbs do not believe they will actually use the air strikes, as they think the UN will
 * submit to their position, for fear of having hostages taken". It reports no other dilemma.
 *
 * <p>How the counts correspond. The article counts persuasion dilemmas per card: one for each of
 * the Serbs' cards on which what the UN asks differs from what the Serbs say they will do (the
 * threatened future). Parley's persuasion(X, Y) is one condition per ordered pair of parties,
 * comparing whole futures: Y likes the threatened future better than X's position. So the article's
 * three are one Parley dilemma, persuasion(UN, Bosnian Serbs), whose position and threatened future
 * differ on exactly those three cards; and, card by card, the Serbs would rather keep to the
 * threatened future than play any one of them the UN's way. The rejection dilemma is the same
 * condition in both: the UN likes the Serbs' position better than the threatened future, which is
 * why the Serbs disbelieve the threat (no doubt is marked: the article gives the UN's preference as
 * the reason, not a disbelief of its own).
 */
class DramaCatalogTest {

  @Test
  void theBosnianCardTableHasThePersuasionAndRejectionDilemmasTheArticleReports() throws Exception {
    LoadedModel m = ModelReader.read(TestFiles.example("bosnia-safe-areas-1995.yaml"));
    GraphModel g = m.graphModel();
    int un = m.conflict().dmIndex("UN");
    int bs = m.conflict().dmIndex("BS");
    int escalation = StateRefs.resolve("escalation", m);
    int unTerms = StateRefs.resolve("unTerms", m);
    int serbTerms = StateRefs.resolve("serbTerms", m);

    DramaResult r = Dilemmas.analyze(g, m.drama());
    assertThat(r.threatened()).isEqualTo(escalation);
    // the positions' open cards are read as their holders' best completions
    assertThat(r.readings(un)).containsExactly(unTerms);
    assertThat(r.readings(bs)).containsExactly(serbTerms);
    assertThat(r.atCommitment(un, bs)).isFalse();

    // exactly the article's dilemmas, and the UN faces both
    assertThat(r.dilemmas())
        .extracting(Dilemma::kind, Dilemma::faced, Dilemma::toward, Dilemma::everyReading)
        .containsExactly(
            tuple(DilemmaKind.PERSUASION, un, bs, true),
            tuple(DilemmaKind.REJECTION, un, bs, true));
    // persuasion: the Serbs like the threatened future better than the UN's position
    assertThat(r.dilemmas().get(0).because())
        .extracting(Comparison::judge, Comparison::better, Comparison::worse)
        .containsExactly(tuple(bs, escalation, unTerms));
    // rejection: the UN likes the Serbs' position better than the threatened future
    assertThat(r.dilemmas().get(1).because())
        .extracting(Comparison::judge, Comparison::better, Comparison::worse)
        .containsExactly(tuple(un, serbTerms, escalation));

    // the article's three persuasion dilemmas: the Serbs' cards on which the UN's position and the
    // threatened future differ ...
    List<String> differing = new ArrayList<>();
    long t = m.space().code(escalation);
    long p = m.space().code(unTerms);
    for (int o = 0; o < m.conflict().optionCount(); o++) {
      if (m.conflict().owner(o) == bs && ((t ^ p) & (1L << o)) != 0) {
        differing.add(m.conflict().options().get(o).id());
      }
    }
    assertThat(differing).containsExactly("attack", "withdraw", "hostages");
    // ... and none of which the Serbs would play the UN's way, the threat carried out
    for (String card : differing) {
      int o = optionIndex(m, card);
      int yielded = m.space().indexOf(t ^ (1L << o));
      assertThat(g.payoff(bs, escalation)).as(card).isGreaterThan(g.payoff(bs, yielded));
    }
    // no threat dilemma: with the hostages taken the UN would still strike rather than not
    int noStrikes = m.space().indexOf(t & ~(1L << optionIndex(m, "strikes")));
    assertThat(g.payoff(un, escalation)).isGreaterThan(g.payoff(un, noStrikes));
  }

  private static int optionIndex(LoadedModel m, String id) {
    for (int o = 0; o < m.conflict().optionCount(); o++) {
      if (m.conflict().options().get(o).id().equals(id)) {
        return o;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
