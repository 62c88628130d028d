package dev.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.io.Format;
import dev.parley.io.ModelWriter;
import dev.parley.io.Utf8;
import dev.parley.io.gmcr.GmcrFormatException;
import dev.parley.io.gmcr.GmcrImport;
import dev.parley.io.gmcr.GmcrReader;
import dev.parley.server.errors.ApiError;
import dev.parley.server.workspace.ModelNames;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a GMCR+ save file ({@code .gmcr}, docs/gmcr-interop.md) of the workspace as a new Parley
 * model beside it, with the importer of {@code parley convert}. The new file is written atomically
 * and never replaces an existing one.
 */
final class GmcrImports {
  /** How many numbered names ({@code elmira-2.yaml}, ...) are tried for an import. */
  static final int MAX_TRIES = 100;

  private final Workspace workspace;

  GmcrImports(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The {@code gmcr} list of {@code GET /api/models}. */
  static ArrayNode listJson(List<Workspace.OtherFile> files) {
    ArrayNode arr = Api.JSON.createArrayNode();
    for (Workspace.OtherFile f : files) {
      Api.listed(arr, f.name(), f.size(), f.modified());
    }
    return arr;
  }

  /** {@code POST /api/imports} with {@code {file, name?}}. */
  void importGmcr(Context ctx) throws IOException {
    JsonNode body = Bodies.body(ctx);
    JsonNode file = body.get("file");
    if (file == null || !file.isTextual()) {
      throw ApiError.badRequest(
          "'file' is required: the GMCR+ file to import, as listed under gmcr by GET /api/models"
              + " (e.g. \"old/elmira.gmcr\")");
    }
    String source = ModelNames.checkGmcr(file.asText());
    JsonNode nameNode = body.get("name");
    if (nameNode != null && !nameNode.isNull() && !nameNode.isTextual()) {
      throw ApiError.badRequest(
          "'name' must be a string: the new model's name, e.g. \"old/elmira.yaml\" (leave it out"
              + " for the .gmcr file's name with .yaml)");
    }
    String explicit = nameNode == null || nameNode.isNull() ? null : nameNode.asText();
    if (explicit != null) {
      ModelNames.check(explicit);
    }
    byte[] bytes = workspace.readGmcr(source);
    GmcrImport imp;
    try {
      imp = GmcrReader.read(text(bytes, source), source);
    } catch (GmcrFormatException e) {
      throw new ApiError(
          422,
          e.getMessage(),
          List.of(new ApiError.Detail(e.line(), e.column(), e.jsonPath(), e.problem(), e.hint())));
    }
    List<String> warnings = new ArrayList<>(imp.warnings());
    boolean grouped = imp.coalitions().stream().anyMatch(c -> c.size() > 1);
    if (grouped) {
      warnings.add(
          "the file groups decision makers into coalitions "
              + imp.coalitions()
              + " (0-based); Parley model files do not hold coalitions: give them to"
              + " 'parley coalitions' or 'parley analyze --coalitions'");
    }
    Workspace.ModelFile created = null;
    if (explicit != null) {
      created = workspace.create(explicit, modelText(imp, source, warnings, Format.of(explicit)));
    } else {
      String stem = source.substring(0, source.length() - ".gmcr".length());
      for (int k = 1; k <= MAX_TRIES && created == null; k++) {
        String candidate = stem + (k == 1 ? "" : "-" + k) + ".yaml";
        if (!ModelNames.valid(candidate) || workspace.exists(candidate)) {
          continue;
        }
        try {
          created = workspace.create(candidate, modelText(imp, source, warnings, Format.YAML));
        } catch (ApiError e) {
          if (e.status() != 409) {
            throw e;
          }
        }
      }
      if (created == null) {
        throw new ApiError(
            409,
            "no free name for the import of "
                + source
                + ": give one with \"name\", e.g. \""
                + stem
                + "-imported.yaml\"");
      }
    }
    ctx.header("Location", Api.modelLocation(created.name()));
    ObjectNode o = Api.modelJson(created, null);
    o.put("importedFrom", source);
    ArrayNode w = o.putArray("warnings");
    warnings.forEach(w::add);
    Api.json(ctx, 201, o);
  }

  /** The new model's text: where it came from and what the import changed, then the model. */
  private static String modelText(
      GmcrImport imp, String source, List<String> warnings, Format format) {
    String model = ModelWriter.write(imp.conflict(), format);
    if (format != Format.YAML) {
      return model; // JSON has no comments; the warnings are in the answer
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Imported from the GMCR+ file ").append(oneLine(source)).append('\n');
    for (String warning : warnings) {
      sb.append("# warning: ").append(oneLine(warning)).append('\n');
    }
    return sb.append(model).toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]+", " ");
  }

  private static String text(byte[] bytes, String name) {
    if (GmcrReader.isPickle(bytes)) {
      throw new ApiError(
          422,
          name
              + " is not a JSON .gmcr file: it looks like the old (2013) GMCR+ save format, a"
              + " Python pickle, which Parley does not read; re-enter the conflict in GMCR+ 0.4"
              + " or later and save it again (JSON)");
    }
    try {
      return Utf8.decode(bytes);
    } catch (CharacterCodingException e) {
      throw new ApiError(
          422,
          name
              + " is not a JSON text file (it is not valid UTF-8): choose a .gmcr file saved by"
              + " GMCR+ 0.4 or later");
    }
  }
}
