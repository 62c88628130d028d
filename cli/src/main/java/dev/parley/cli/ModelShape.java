package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The number of options of each decision maker, read from a Parley model file without building the
 * model, so that {@link MemoryEstimate} can refuse a model too large for the heap before its states
 * are enumerated. Anything unexpected gives null: the real reader then reports the problem.
 */
final class ModelShape {
  private ModelShape() {}

  /** Options per decision maker in a {@code .yaml}/{@code .yml}/{@code .json} file, or null. */
  static int[] optionsPerDm(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    ObjectMapper mapper;
    if (lower.endsWith(".json")) {
      mapper = JsonMapper.builder().build();
    } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      mapper = YAMLMapper.builder().build();
    } else {
      return null;
    }
    try {
      JsonNode dms = mapper.readTree(file.toFile()).path("decisionMakers");
      if (!dms.isArray() || dms.isEmpty()) {
        return null;
      }
      int[] out = new int[dms.size()];
      for (int d = 0; d < out.length; d++) {
        JsonNode options = dms.get(d).path("options");
        out[d] = options.isArray() ? options.size() : 0;
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Options per decision maker of a conflict. */
  static int[] optionsPerDm(dev.parley.core.model.Conflict conflict) {
    int[] out = new int[conflict.dmCount()];
    for (int d = 0; d < out.length; d++) {
      out[d] = conflict.decisionMakers().get(d).options().size();
    }
    return out;
  }
}
