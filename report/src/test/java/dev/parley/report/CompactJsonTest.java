package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.synthetic.SyntheticModels;
import dev.parley.io.ModelReader;
import dev.parley.io.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact JSON document says what the full one says: the same keys in the same order, each
 * state's Y/N string and name, the same stable states; everything else equal. And it is small.
 */
class CompactJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<AnalysisRun> runs() throws Exception {
    List<AnalysisRun> out = new ArrayList<>();
    for (String example : List.of("elmira.yaml", "chicken.yaml", "peace-talks-2026.yaml")) {
      GraphModel g = ModelReader.read(TestFiles.example(example)).graphModel();
      out.add(BriefingRun.of(g, example, "0".repeat(64)).build());
    }
    GraphModel elmira = ModelReader.read(TestFiles.example("elmira.yaml")).graphModel();
    out.add(
        BriefingRun.of(elmira, "elmira.yaml", "0".repeat(64))
            .concepts(List.of(Concept.NASH, Concept.SEQ))
            .assignment(List.of(Concept.SEQ, Concept.NASH, Concept.SEQ))
            .build());
    out.add(generated());
    return out;
  }

  static AnalysisRun generated() {
    GraphModel g =
        GraphModel.of(SyntheticModels.generate(SyntheticModels.Spec.of(4, 13, 3)).conflict());
    return BriefingRun.of(g, "synthetic.yaml", "0".repeat(64)).build();
  }

  @Test
  void compactSaysWhatTheFullDocumentSays() throws Exception {
    int named = 0;
    int ranged = 0;
    int assigned = 0;
    for (AnalysisRun run : runs()) {
      JsonNode full = ResultJson.tree(run);
      JsonNode compact = JSON.readTree(CompactJson.render(run));
      assertThat(compact.get("shape").asText()).isEqualTo("compact");
      List<String> want = new ArrayList<>();
      full.fieldNames().forEachRemaining(want::add);
      want.add(1, "shape");
      if (compact.has("stateNames")) {
        want.add(want.indexOf("states") + 1, "stateNames");
      }
      List<String> got = new ArrayList<>();
      compact.fieldNames().forEachRemaining(got::add);
      assertThat(got).isEqualTo(want);
      // states: Y/N strings and names
      JsonNode states = full.get("states");
      assertThat(compact.get("states").size()).isEqualTo(states.size());
      for (int s = 0; s < states.size(); s++) {
        JsonNode st = states.get(s);
        assertThat(compact.get("states").get(s).asText()).isEqualTo(st.get("yn").asText());
        JsonNode name = compact.path("stateNames").get(String.valueOf(s + 1));
        if (st.has("name")) {
          assertThat(name.asText()).isEqualTo(st.get("name").asText());
          named++;
        } else {
          assertThat(name).isNull();
        }
      }
      // the concepts' states as ranges
      for (Concept c : run.concepts()) {
        JsonNode f = full.get(c.id());
        JsonNode k = compact.get(c.id());
        Iterator<String> dms = f.get("stableFor").fieldNames();
        while (dms.hasNext()) {
          String dm = dms.next();
          assertThat(parse(k.get("stableFor").get(dm))).isEqualTo(bits(f.get("stableFor").get(dm)));
        }
        assertThat(parse(k.get("equilibria"))).isEqualTo(bits(f.get("equilibria")));
        if (k.get("equilibria").asText().contains("-")) {
          ranged++;
        }
      }
      if (full.has("assigned")) {
        assertThat(parse(compact.at("/assigned/equilibria")))
            .isEqualTo(bits(full.at("/assigned/equilibria")));
        assigned++;
      }
      // everything else as it is
      for (String key : want) {
        boolean perState = key.equals("states") || key.equals("assigned") || key.equals("shape");
        boolean concept = run.concepts().stream().anyMatch(c -> c.id().equals(key));
        if (!perState && !concept && !key.equals("stateNames")) {
          assertThat(compact.get(key)).as(key).isEqualTo(full.get(key));
        }
      }
    }
    assertThat(named).as("named states").isGreaterThan(5);
    assertThat(ranged).as("equilibria written with a range").isGreaterThan(0);
    assertThat(assigned).isEqualTo(1);
  }

  @Test
  void rangesRoundTrip() {
    assertThat(CompactJson.ranges(new BitSet())).isEmpty();
    BitSet b = new BitSet();
    b.set(0, 3);
    b.set(4);
    b.set(6, 8);
    b.set(9, 13);
    assertThat(CompactJson.ranges(b)).isEqualTo("1-3,5,7,8,10-13");
    Random rnd = new Random(5);
    for (int i = 0; i < 500; i++) {
      BitSet r = new BitSet();
      int n = 1 + rnd.nextInt(200);
      double p = rnd.nextDouble();
      for (int s = 0; s < n; s++) {
        if (rnd.nextDouble() < p) {
          r.set(s);
        }
      }
      assertThat(CompactJson.parseRanges(CompactJson.ranges(r))).isEqualTo(r);
    }
  }

  /** At most 150 bytes per state, against more than 400 for the full document, indented. */
  @Test
  void compactIsSmall() throws Exception {
    AnalysisRun run = generated();
    int m = run.model().stateCount();
    assertThat(m).isGreaterThan(1000);
    long compact = CompactJson.render(run).getBytes(StandardCharsets.UTF_8).length;
    long full = ResultJson.render(run).getBytes(StandardCharsets.UTF_8).length;
    assertThat((double) compact / m).isLessThanOrEqualTo(150);
    assertThat((double) full / m).isGreaterThan(400);
  }

  private static BitSet parse(JsonNode ranges) {
    assertThat(ranges.isTextual()).as(ranges.toString()).isTrue();
    return CompactJson.parseRanges(ranges.asText());
  }

  private static BitSet bits(JsonNode list) {
    BitSet out = new BitSet();
    list.forEach(n -> out.set(n.asInt() - 1));
    return out;
  }
}
