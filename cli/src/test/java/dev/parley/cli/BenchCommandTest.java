package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void csvHasARowPerSizeWithEveryColumn() {
    Cli r = Cli.ok("bench", "--options", "6..8", "--repeat", "1", "-f", "csv");
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("# parley bench: Java ").contains("max heap");
    assertThat(lines.get(1))
        .isEqualTo(
            "options,dms,states,prepare_s,nash_s,gmr_s,smr_s,seq_s,sim_s,seqsim_s,all_s,"
                + "peak_heap_mib,estimate_mib,max_heap_mib");
    assertThat(lines).hasSize(5);
    for (int i = 2; i < 5; i++) {
      String[] cells = lines.get(i).split(",", -1);
      assertThat(cells).hasSize(14);
      assertThat(cells[0]).isEqualTo(Integer.toString(4 + i));
      assertThat(cells[1]).isEqualTo("4");
      assertThat(Long.parseLong(cells[2])).isPositive();
      Arrays.stream(cells, 3, 11).forEach(c -> assertThat(Double.parseDouble(c)).isNotNegative());
      assertThat(Long.parseLong(cells[11])).isPositive();
      assertThat(Long.parseLong(cells[13])).isGreaterThanOrEqualTo(Long.parseLong(cells[12]));
    }
  }

  @Test
  void eachTaskHasItsOwnColumns() {
    for (BenchTask task : BenchTask.values()) {
      if (task == BenchTask.stability) {
        continue;
      }
      Cli r =
          Cli.ok("bench", "--task", task.name(), "--options", "6,8", "--repeat", "1", "-f", "csv");
      List<String> lines = r.out().lines().toList();
      StringBuilder header = new StringBuilder("options,dms,states,prepare_s");
      task.columns().forEach(c -> header.append(',').append(c).append("_s"));
      header.append(",peak_heap_mib,estimate_mib,max_heap_mib");
      assertThat(lines.get(1)).as(task.name()).isEqualTo(header.toString());
      assertThat(lines).hasSize(4);
      for (int i = 2; i < 4; i++) {
        String[] cells = lines.get(i).split(",", -1);
        assertThat(cells).hasSize(7 + task.columns().size());
        for (int c = 0; c < task.columns().size(); c++) {
          assertThat(Double.parseDouble(cells[4 + c])).isNotNegative();
        }
      }
    }
    Cli both = Cli.run("bench", "--task", "sweep", "-c", "nash", "--options", "6");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("--task sweep has its own (sweep)");
    Cli help = Cli.ok("bench", "--help");
    assertThat(help.out()).contains("--task").contains("coalitions").contains("json");
  }

  @Test
  void markdownAndTextTablesWithChosenConcepts() {
    Cli md =
        Cli.ok(
            "bench",
            "--options",
            "6,7",
            "--dms",
            "3",
            "-c",
            "nash,seq,all",
            "--repeat",
            "2",
            "-f",
            "markdown");
    assertThat(md.out())
        .contains(
            "| options | DMs | states | prepare s | Nash s | SEQ s | all s | peak heap | estimate |")
        .contains("|---:|")
        .containsPattern("\\| 6 \\| 3 \\| [0-9]+ \\|");
    Cli text = Cli.run("bench", "--options", "6", "--concepts", "gmr", "--repeat", "1");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("options").contains("GMR s").contains("MiB");
    Cli joined =
        Cli.ok(
            "bench",
            "--options",
            "6",
            "-c",
            "nash+gmr+smr+seq,seq+sim",
            "--repeat",
            "1",
            "-f",
            "markdown");
    assertThat(joined.out()).contains("| Nash+GMR+SMR+SEQ s | SEQ+SIM s |");
  }

  @Test
  void theMediatorsQuestionsAreColumnsToo() {
    Cli r =
        Cli.ok(
            "bench",
            "--options",
            "7",
            "--repeat",
            "1",
            "-c",
            "robustness,robustness-local,inverse,goals",
            "-f",
            "csv");
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(1))
        .isEqualTo(
            "options,dms,states,prepare_s,robustness_s,robustness-local_s,inverse_s,goals_s,"
                + "peak_heap_mib,estimate_mib,max_heap_mib");
    String[] cells = lines.get(2).split(",", -1);
    Arrays.stream(cells, 3, 8).forEach(c -> assertThat(Double.parseDouble(c)).isNotNegative());
  }

  @Test
  void badSizesAndConceptsAreUsageErrors() {
    Cli range = Cli.run("bench", "--options", "14..x");
    assertThat(range.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(range.err()).contains("FROM..TO");
    Cli concept = Cli.run("bench", "--options", "6", "-c", "nashh");
    assertThat(concept.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(concept.err()).contains("unknown concept 'nashh'");
    Cli joined = Cli.run("bench", "--options", "6", "-c", "nash+gmrr");
    assertThat(joined.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(joined.err()).contains("unknown concept 'gmrr'").contains("in 'nash+gmrr'");
    Cli repeat = Cli.run("bench", "--options", "6", "--repeat", "0");
    assertThat(repeat.code()).isEqualTo(ExitCodes.BAD_INPUT);
    Cli dms = Cli.run("bench", "--options", "6", "--dms", "9");
    assertThat(dms.code()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void sizesTooLargeForTheHeapAreRefusedBeforeAnythingRuns() {
    Cli r = Cli.run("bench", "--options", "8,27,28");
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("at 27 options, this model needs about")
        .contains("JAVA_OPTS=-Xmx")
        .contains("or measure the sizes that fit: --options 8");
  }

  @Test
  void sizesParse() {
    assertThat(BenchCommand.parseSizes("10..14")).containsExactly(10, 11, 12, 13, 14);
    assertThat(BenchCommand.parseSizes("20, 10..11,14,10")).containsExactly(10, 11, 14, 20);
    assertThat(BenchCommand.parseSizes("17")).containsExactly(17);
    assertThatThrownBy(() -> BenchCommand.parseSizes("14..10")).isInstanceOf(UserError.class);
    assertThatThrownBy(() -> BenchCommand.parseSizes("")).isInstanceOf(UserError.class);
  }

  @Test
  void optionsAreSpreadLikeTheGenerator() {
    var spec = dev.parley.core.synthetic.SyntheticModels.Spec.of(4, 14, 1);
    int[] expected =
        dev.parley.core.synthetic.SyntheticModels.generate(spec)
            .conflict()
            .decisionMakers()
            .stream()
            .mapToInt(d -> d.options().size())
            .toArray();
    assertThat(BenchCommand.optionsPerDm(spec)).containsExactly(expected);
  }
}
