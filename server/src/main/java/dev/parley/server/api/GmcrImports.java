package dev.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.Convert;
import dev.parley.app.ModelInput;
import dev.parley.io.gmcr.GmcrFormatException;
import dev.parley.server.errors.ApiError;
import dev.parley.server.workspace.ModelNames;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a GMCR+ save file ({@code .gmcr}, docs/gmcr-interop.md) of the workspace as a new Parley
 * model beside it, with the conversion of {@code parley convert} ({@link Convert}). The new file is
 * written atomically and never replaces an existing one.
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
    ModelInput in;
    try {
      in = ModelInput.readGmcr(bytes, source);
    } catch (GmcrFormatException e) {
      throw new ApiError(
          422,
          e.getMessage(),
          List.of(new ApiError.Detail(e.line(), e.column(), e.jsonPath(), e.problem(), e.hint())));
    }
    String stem = source.substring(0, source.length() - ".gmcr".length());
    // the same conversion as 'parley convert old.gmcr new.yaml'
    Convert.Result converted = Convert.run(in, explicit != null ? explicit : stem + ".yaml");
    List<String> warnings = new ArrayList<>(in.gmcr().warnings());
    warnings.addAll(converted.notes());
    Workspace.ModelFile created = null;
    if (explicit != null) {
      created = workspace.create(explicit, converted.text());
    } else {
      for (int k = 1; k <= MAX_TRIES && created == null; k++) {
        String candidate = stem + (k == 1 ? "" : "-" + k) + ".yaml";
        if (!ModelNames.valid(candidate) || workspace.exists(candidate)) {
          continue;
        }
        try {
          created = workspace.create(candidate, converted.text());
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
}
