package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzz of the model reader (issue 11): mutants of every example, in YAML and in JSON, with
 * lines deleted, duplicated and swapped, characters flipped, the text truncated, deep nesting,
 * control characters and bytes that are not UTF-8 inserted. For each, {@link ModelReader#read}
 * either returns a model or throws {@link ModelLoadException}; nothing else may escape (no
 * IllegalArgumentException, no StackOverflowError). A failing mutant is written to
 * target/fuzz-failures/ with its seed and operations, to be replayed.
 */
class ModelReaderFuzzTest {
  private static final long SEED = 20_261_201L;
  private static final int YAML_MUTANTS_PER_EXAMPLE = 45;
  private static final int JSON_MUTANTS_PER_EXAMPLE = 15;
  private static final String FLIPS = ":-[]{}\"'# &*!|>,0a\\\t%@`?";

  @Test
  void everyMutantLoadsOrFailsWithAModelError() throws Exception {
    Random random = new Random(SEED);
    int loaded = 0;
    int refused = 0;
    List<String> escaped = new ArrayList<>();
    for (Path example : TestFiles.examples()) {
      byte[] yaml = Files.readAllBytes(example);
      String name = example.getFileName().toString();
      byte[] json =
          ModelWriter.write(ModelReader.read(example).conflict(), Format.JSON)
              .getBytes(StandardCharsets.UTF_8);
      for (int k = 0; k < YAML_MUTANTS_PER_EXAMPLE + JSON_MUTANTS_PER_EXAMPLE; k++) {
        boolean asJson = k >= YAML_MUTANTS_PER_EXAMPLE;
        Format format = asJson ? Format.JSON : Format.YAML;
        String file = name.replace(".yaml", "") + "-mutant-" + k + (asJson ? ".json" : ".yaml");
        List<String> ops = new ArrayList<>();
        byte[] mutant = asJson ? json : yaml;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          mutant = mutate(mutant, random, ops);
        }
        try {
          ModelReader.read(mutant, file, format);
          loaded++;
        } catch (ModelLoadException e) {
          assertThat(e.diagnostics()).isNotEmpty();
          e.diagnostics().forEach(d -> assertThat(d.message()).isNotBlank());
          refused++;
        } catch (Throwable t) { // an Error too: StackOverflowError is the point
          escaped.add(file + " " + ops + ": " + t);
          keep(file, mutant, ops, t);
        }
      }
    }
    if (!escaped.isEmpty()) {
      fail(
          escaped.size() + " mutants escaped the model error type:\n" + String.join("\n", escaped));
    }
    System.out.println("reader fuzz: " + loaded + " mutants loaded, " + refused + " refused");
    // both outcomes happened, so the mutants exercised the reader and not only its first check
    assertThat(loaded).as("mutants that still load").isGreaterThan(10);
    assertThat(refused).as("mutants refused").isGreaterThan(100);
  }

  /** One random operation on {@code text}, described in {@code ops}. */
  static byte[] mutate(byte[] text, Random random, List<String> ops) {
    List<byte[]> lines = lines(text);
    int op = random.nextInt(11);
    int at = lines.isEmpty() ? 0 : random.nextInt(lines.size());
    switch (op) {
      case 0 -> {
        ops.add("delete line " + (at + 1));
        if (!lines.isEmpty()) {
          lines.remove(at);
        }
      }
      case 1 -> {
        int times = 1 + random.nextInt(random.nextBoolean() ? 2 : 40);
        ops.add("duplicate line " + (at + 1) + " x" + times);
        for (int i = 0; i < times && !lines.isEmpty(); i++) {
          lines.add(at, lines.get(at));
        }
      }
      case 2 -> {
        int other = lines.isEmpty() ? 0 : random.nextInt(lines.size());
        ops.add("swap lines " + (at + 1) + " and " + (other + 1));
        if (!lines.isEmpty()) {
          byte[] a = lines.get(at);
          lines.set(at, lines.get(other));
          lines.set(other, a);
        }
      }
      case 3 -> {
        int pos = text.length == 0 ? 0 : random.nextInt(text.length);
        char c = FLIPS.charAt(random.nextInt(FLIPS.length()));
        ops.add("flip byte " + pos + " to '" + c + "'");
        byte[] out = text.clone();
        if (out.length > 0) {
          out[pos] = (byte) c;
        }
        return out;
      }
      case 4 -> {
        int pos = text.length == 0 ? 0 : random.nextInt(text.length);
        ops.add("truncate at " + pos);
        return java.util.Arrays.copyOf(text, pos);
      }
      case 5 -> {
        int depth = 50 + random.nextInt(5_000);
        String nest =
            switch (random.nextInt(4)) {
              case 0 -> "[".repeat(depth) + "]".repeat(depth);
              case 1 -> "{a: ".repeat(depth) + "1" + "}".repeat(depth);
              case 2 -> "(".repeat(depth) + "x" + ")".repeat(depth);
              default -> "-".repeat(depth) + "x";
            };
        ops.add("insert nesting " + depth + " '" + nest.substring(0, 3) + "' at " + (at + 1));
        return insert(text, random, nest.getBytes(StandardCharsets.UTF_8));
      }
      case 6 -> {
        char c =
            "\u0000\u0001\u0007\b\u000b\f\u001b\u007f\u009b\u0085\r\u2028\ufffe"
                .charAt(random.nextInt(13));
        ops.add(String.format("insert U+%04X", (int) c));
        return insert(text, random, String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
      case 7 -> {
        byte[][] bad = {
          {(byte) 0xE9},
          {(byte) 0xFF, (byte) 0xFE},
          {(byte) 0xC3},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          {(byte) 0xF0, (byte) 0x9F},
          {(byte) 0x80}
        };
        byte[] b = bad[random.nextInt(bad.length)];
        ops.add("insert non-UTF-8 byte 0x" + Integer.toHexString(b[0] & 0xff));
        return insert(text, random, b);
      }
      case 8 -> {
        String[] values = {
          "1e400",
          "-.inf",
          ".nan",
          "1" + "0".repeat(400),
          "99999999999999999999",
          "-0",
          "0x1F",
          "~",
          "null",
          "yes",
          "''",
          "\"\""
        };
        String v = values[random.nextInt(values.length)];
        ops.add("insert value " + v.substring(0, Math.min(8, v.length())));
        return insert(text, random, (" " + v).getBytes(StandardCharsets.UTF_8));
      }
      case 9 -> {
        return deepValue(text, random, ops);
      }
      default -> {
        boolean indent = random.nextBoolean();
        ops.add((indent ? "indent" : "dedent") + " line " + (at + 1));
        if (!lines.isEmpty()) {
          String line = new String(lines.get(at), StandardCharsets.UTF_8);
          line = indent ? "  " + line : line.replaceFirst("^  ", "");
          lines.set(at, line.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return join(lines);
  }

  /**
   * A value (a statement, most likely to matter) wrapped in deep parentheses or preceded by many
   * negations: where random insertion rarely lands inside a statement, this reaches the statement
   * parser and the formulas built from it.
   */
  private static byte[] deepValue(byte[] bytes, Random random, List<String> ops) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    boolean json = text.stripLeading().startsWith("{");
    List<Integer> statements = statementStarts(text, json);
    List<Integer> starts = new ArrayList<>();
    for (String mark : json ? List.of("\" : \"", "[ \"", ", \"") : List.of("- ", ": ")) {
      for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
        starts.add(i + mark.length());
      }
    }
    if (!statements.isEmpty() && random.nextInt(3) > 0) {
      starts = statements;
    }
    if (starts.isEmpty()) {
      ops.add("deep value: none");
      return bytes;
    }
    int start = starts.get(random.nextInt(starts.size()));
    int end = text.indexOf(json ? '"' : '\n', start);
    if (end < 0) {
      end = text.length();
    }
    boolean parens = random.nextBoolean();
    int depth = 150 + random.nextInt(parens ? 3_000 : 10_000);
    ops.add("deep value at " + start + ": " + depth + (parens ? " parentheses" : " negations"));
    String value = text.substring(start, end);
    String wrapped =
        parens ? "(".repeat(depth) + value + ")".repeat(depth) : "-".repeat(depth) + value;
    return (text.substring(0, start) + wrapped + text.substring(end))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Where statements begin: after 'statement:' and, in YAML, items of a 'statements:' list. */
  private static List<Integer> statementStarts(String text, boolean json) {
    List<Integer> out = new ArrayList<>();
    for (String mark :
        json ? List.of("\"statement\" : \"", "\"statements\" : [ \"") : List.of("statement: ")) {
      for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
        out.add(i + mark.length());
      }
    }
    if (!json) {
      int offset = 0;
      boolean inList = false;
      int listIndent = -1;
      for (String line : text.split("\n", -1)) {
        int indent = line.length() - line.stripLeading().length();
        String body = line.strip();
        if (body.equals("statements:")) {
          inList = true;
          listIndent = indent;
        } else if (inList && !body.isEmpty() && indent <= listIndent) {
          inList = false;
        } else if (inList && body.startsWith("- ") && !body.startsWith("- statement:")) {
          out.add(offset + indent + 2);
        }
        offset += line.length() + 1;
      }
    }
    return out;
  }

  private static byte[] insert(byte[] text, Random random, byte[] what) {
    int pos = text.length == 0 ? 0 : random.nextInt(text.length + 1);
    byte[] out = new byte[text.length + what.length];
    System.arraycopy(text, 0, out, 0, pos);
    System.arraycopy(what, 0, out, pos, what.length);
    System.arraycopy(text, pos, out, pos + what.length, text.length - pos);
    return out;
  }

  /** The lines of {@code text}, each with its line feed. */
  private static List<byte[]> lines(byte[] text) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length; i++) {
      if (text[i] == '\n') {
        out.add(java.util.Arrays.copyOfRange(text, start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length) {
      out.add(java.util.Arrays.copyOfRange(text, start, text.length));
    }
    return out;
  }

  private static byte[] join(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    lines.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static void keep(String file, byte[] mutant, List<String> ops, Throwable t) {
    try {
      Path dir = Path.of("target", "fuzz-failures");
      Files.createDirectories(dir);
      Files.write(dir.resolve(file), mutant);
      Files.writeString(dir.resolve(file + ".txt"), "seed " + SEED + "\n" + ops + "\n" + t + "\n");
    } catch (IOException e) {
      // the failure itself is reported by the test
    }
  }
}
