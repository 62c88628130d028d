package dev.parley.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads Parley model files (YAML or JSON; docs/model-format.md). Every problem found is reported at
 * once, each with file, line, column, what is wrong and how to fix it. Whatever the input, the
 * reader either returns a model or throws {@link ModelLoadException}: the {@link ReadLimits} bound
 * the file's size, its strings, its nesting and the model's size before anything is built.
 */
public final class ModelReader {
  private ModelReader() {}

  /**
   * Reads the model in {@code path}; the format follows the extension ({@code .yaml}, {@code .yml}
   * or {@code .json}), or the content for any other name ({@link Format#of(Path, String)}).
   *
   * @throws IOException never in practice: a file that cannot be read is a {@link
   *     ModelLoadException} that says why (kept for the callers that catch it)
   * @throws ModelLoadException when the file cannot be read or the model is not valid
   */
  public static LoadedModel read(Path path) throws IOException, ModelLoadException {
    String text = ModelFiles.readText(path);
    return read(text, path.toString(), Format.of(path, text));
  }

  /**
   * Reads a model from the bytes of a file, which must be UTF-8.
   *
   * @param fileName the name to use in diagnostics
   * @throws ModelLoadException when the bytes are not UTF-8 text or the model is not valid
   */
  public static LoadedModel read(byte[] bytes, String fileName, Format format)
      throws ModelLoadException {
    if (bytes.length > ReadLimits.MAX_FILE_BYTES) {
      throw new ModelLoadException(
          java.util.List.of(
              new Diagnostic(
                  fileName,
                  0,
                  0,
                  "the file is "
                      + ReadLimits.count(bytes.length)
                      + " bytes; Parley reads files of at most 8 MiB ("
                      + ReadLimits.count(ReadLimits.MAX_FILE_BYTES)
                      + " bytes)",
                  "check that this is the model file; a model is a few kilobytes")));
    }
    return read(ModelFiles.decode(bytes, fileName), fileName, format);
  }

  /**
   * Reads a model from text.
   *
   * @param fileName the name to use in diagnostics
   * @throws ModelLoadException when the model is not valid
   */
  public static LoadedModel read(String text, String fileName, Format format)
      throws ModelLoadException {
    return read(text, fileName, format, shape -> {});
  }

  /**
   * Reads a model from text, letting {@code shapeCheck} see the number of options of each decision
   * maker (option form only) once the file has parsed and before any state is enumerated: a caller
   * can refuse there, by throwing, a model too large for its memory.
   *
   * @param fileName the name to use in diagnostics
   * @throws ModelLoadException when the model is not valid
   */
  public static LoadedModel read(
      String text, String fileName, Format format, Consumer<int[]> shapeCheck)
      throws ModelLoadException {
    Problems problems = new Problems(fileName);
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Node root = TreeParser.parse(body, format, problems);
    if (root == null) {
      problems.throwIfAny();
    }
    return new ModelBuilder(problems, body, SourceMap.of(fileName, root), shapeCheck).build(root);
  }
}
