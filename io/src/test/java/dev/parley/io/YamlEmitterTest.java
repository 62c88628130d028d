package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class YamlEmitterTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final String ALPHABET = "aZ09 -:#,[]{}&*!|>'\"%@`?\\\t\nYN.~=<_éΩ";

  static Stream<Long> seeds() {
    return IntStream.range(0, 500).mapToObj(i -> 7919L * i + 1);
  }

  /** Random awkward text, written plain or quoted as needed, reads back unchanged. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anyTextReadsBackUnchanged(long seed) throws Exception {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(8);
    for (int i = 0; i < n; i++) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    String s = b.toString();
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("block", s);
    tree.put("flow", new YamlEmitter.Flow(List.of(s, "x")));
    tree.put("map", new YamlEmitter.Flow(Map.of("k", s)));
    String text = YamlEmitter.emit(tree);
    JsonNode back = YAML.readTree(text);
    assertThat(back.get("block").asText()).as("seed %d: %s", seed, text).isEqualTo(s);
    assertThat(back.get("flow").get(0).asText()).as("seed %d: %s", seed, text).isEqualTo(s);
    assertThat(back.get("map").get("k").asText()).as("seed %d: %s", seed, text).isEqualTo(s);
  }

  @Test
  void flowOnlyWhereItFits() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("short", new YamlEmitter.Flow(List.of("a", "b")));
    tree.put("long", new YamlEmitter.Flow(List.of("x".repeat(60), "y".repeat(60))));
    tree.put("list", List.of(Map.of("id", "a"), new YamlEmitter.Flow(List.of("p", "q"))));
    assertThat(YamlEmitter.emit(tree))
        .isEqualTo(
            "short: [a, b]\n"
                + "long:\n"
                + "  - "
                + "x".repeat(60)
                + "\n  - "
                + "y".repeat(60)
                + "\nlist:\n"
                + "  - id: a\n"
                + "  - [p, q]\n");
  }

  @Test
  void plainWhereSafe() {
    assertThat(YamlEmitter.isPlainSafe("withdraw & -offensive", false)).isTrue();
    assertThat(YamlEmitter.isPlainSafe("-N-N-Y", true)).isTrue();
    assertThat(YamlEmitter.isPlainSafe("---Y-", false)).isFalse();
    assertThat(YamlEmitter.isPlainSafe("yes", false)).isFalse();
    assertThat(YamlEmitter.isPlainSafe("12", false)).isFalse();
    assertThat(YamlEmitter.isPlainSafe("a, b", false)).isTrue();
    assertThat(YamlEmitter.isPlainSafe("a, b", true)).isFalse();
  }
}
