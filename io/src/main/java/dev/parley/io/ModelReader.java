package dev.parley.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads Parley model files (YAML or JSON; docs/model-format.md). Every problem found is reported at
 * once, each with file, line, column, what is wrong and how to fix it.
 */
public final class ModelReader {
  private ModelReader() {}

  /**
   * Reads the model in {@code path}; the format follows the extension ({@code .yaml}, {@code .yml}
   * or {@code .json}).
   *
   * @throws IOException when the file cannot be read
   * @throws ModelLoadException when the model is not valid
   * @throws IllegalArgumentException when the extension is none of the above
   */
  public static LoadedModel read(Path path) throws IOException, ModelLoadException {
    Format format = Format.of(path);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    return read(text, path.toString(), format);
  }

  /**
   * Reads a model from text.
   *
   * @param fileName the name to use in diagnostics
   * @throws ModelLoadException when the model is not valid
   */
  public static LoadedModel read(String text, String fileName, Format format)
      throws ModelLoadException {
    Problems problems = new Problems(fileName);
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Node root = TreeParser.parse(body, format, problems);
    if (root == null) {
      problems.throwIfAny();
    }
    return new ModelBuilder(problems, body, SourceMap.of(fileName, root)).build(root);
  }
}
