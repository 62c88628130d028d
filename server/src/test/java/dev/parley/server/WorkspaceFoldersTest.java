package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.io.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Models in subfolders of the workspace: listed, read, saved and analysed, never outside it. */
class WorkspaceFoldersTest extends WorkspaceWithOutside {
  @BeforeEach
  void start() throws Exception {
    Path chicken = TestFiles.repoRoot().resolve("examples/chicken.yaml");
    Files.createDirectories(dir.resolve("cases/older"));
    Files.copy(chicken, dir.resolve("cases/chicken copy.yaml"));
    Files.copy(
        TestFiles.repoRoot().resolve("examples/elmira.yaml"),
        dir.resolve("cases/older/elmira.yaml"));
    // not listed: hidden folders, the history, folders too deep, names a model cannot have
    Files.createDirectories(dir.resolve(".hidden"));
    Files.copy(chicken, dir.resolve(".hidden/chicken.yaml"));
    Path deep = Files.createDirectories(dir.resolve("a/b/c/d/e"));
    Files.copy(chicken, deep.resolve("deep.yaml"));
    Files.copy(chicken, dir.resolve("a/b/c/d/four.yaml"));
    Files.createDirectories(dir.resolve("odd$name"));
    Files.copy(chicken, dir.resolve("odd$name/x.yaml"));
    Files.writeString(dir.resolve("cases/notes.txt"), "not a model\n");
    Files.createDirectories(dir.resolve("ui/node_modules/pkg"));
    Files.writeString(dir.resolve("ui/node_modules/pkg/package.json"), "{}\n");
    server = new TestServer(dir, Duration.ZERO, "chicken.yaml");
  }

  private List<String> names() throws Exception {
    List<String> names = new ArrayList<>();
    server.get("/api/models").json().get("models").forEach(m -> names.add(m.get("name").asText()));
    return names;
  }

  @Test
  void listsModelsInSubfoldersWithTheirFolder() throws Exception {
    JsonNode list = server.get("/api/models").json();
    assertThat(names())
        .containsExactly(
            "a/b/c/d/four.yaml",
            "cases/chicken copy.yaml",
            "cases/older/elmira.yaml",
            "chicken.yaml");
    JsonNode elmira = list.get("models").get(2);
    assertThat(elmira.get("folder").asText()).isEqualTo("cases/older");
    assertThat(elmira.get("title").asText()).contains("Elmira");
    assertThat(list.get("models").get(3).get("folder").asText()).isEmpty();
    assertThat(list.has("truncated")).isFalse();
  }

  @Test
  void readsSavesAnalysesAndReportsAModelInASubfolder() throws Exception {
    String name = "cases%2Folder%2Felmira.yaml";
    JsonNode m = server.get("/api/models/" + name).json();
    assertThat(m.get("name").asText()).isEqualTo("cases/older/elmira.yaml");
    assertThat(m.get("validation").get("ok").asBoolean()).isTrue();
    String text = m.get("text").asText().replaceFirst("\ntitle: ", "\ntitle: Revised ");
    TestServer.Res save =
        server.send(
            "PUT",
            "/api/models/" + name,
            Map.of("text", text, "baseSha256", m.get("sha256").asText()));
    assertThat(save.status()).isEqualTo(200);
    assertThat(Files.readString(dir.resolve("cases/older/elmira.yaml"))).isEqualTo(text);
    // the previous version is kept under the history, in the same folders
    JsonNode versions = server.get("/api/models/" + name + "/history").json().get("versions");
    assertThat(versions).hasSize(1);
    try (var files = Files.list(dir.resolve(".parley-history/cases/older/elmira.yaml"))) {
      assertThat(files.count()).isEqualTo(1);
    }
    TestServer.Res analysis = server.send("POST", "/api/models/" + name + "/analyses", "{}");
    assertThat(analysis.status()).isEqualTo(200);
    TestServer.Res report = server.get("/api/models/" + name + "/report?format=md&download=1");
    assertThat(report.status()).isEqualTo(200);
    // the download is named after the file, without its folders
    assertThat(report.raw().headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"elmira-briefing.md\"");
  }

  @Test
  void aModelThatCannotBeReadIsListedWithoutATitleAndTheRestStillAre() throws Exception {
    Files.write(dir.resolve("cases/latin1.yaml"), new byte[] {'t', ':', ' ', (byte) 0xe9, '\n'});
    TestServer.Res r = server.get("/api/models");
    assertThat(r.status()).isEqualTo(200);
    JsonNode models = r.json().get("models");
    assertThat(names()).contains("cases/latin1.yaml", "chicken.yaml");
    JsonNode bad = models.get(names().indexOf("cases/latin1.yaml"));
    assertThat(bad.has("title")).isFalse();
    assertThat(bad.has("sha256")).isFalse();
    assertThat(server.get("/api/models/cases%2Flatin1.yaml").status()).isEqualTo(422);
  }

  @Test
  void createsModelsOnlyInFoldersThatExist() throws Exception {
    TestServer.Res ok = server.send("POST", "/api/models", Map.of("name", "cases/new one.yaml"));
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.raw().headers().firstValue("Location"))
        .hasValue("/api/models/cases%2Fnew%20one.yaml");
    assertThat(server.get(ok.raw().headers().firstValue("Location").get()).status()).isEqualTo(200);
    assertThat(dir.resolve("cases/new one.yaml")).exists();
    assertThat(names()).contains("cases/new one.yaml");
    assertThat(server.send("POST", "/api/models", Map.of("name", "nowhere/new.yaml")).error(400))
        .contains("no folder 'nowhere'");
    assertThat(dir.resolve("nowhere")).doesNotExist();
    TestServer.Res put =
        server.send("PUT", "/api/models/nowhere%2Fnew.yaml", Map.of("text", "title: x\n"));
    assertThat(put.status()).isEqualTo(400);
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cases%2F..%2F..%2Foutside%2Fsecret.yaml",
        "cases%2F%2E%2E%2F%2E%2E%2Foutside%2Fsecret.yaml",
        "..%2Foutside%2Fsecret.yaml",
        "%2Fetc%2Fpasswd.yaml",
        "cases%2F.hidden.yaml",
        ".hidden%2Fchicken.yaml",
        ".parley-history%2Fchicken.yaml",
        "cases%5C..%5Csecret.yaml",
        "cases%2F%2Fchicken.yaml",
        "cases%2F",
        "a%2Fb%2Fc%2Fd%2Fe%2Fdeep.yaml",
        "chicken.yaml%2Fx.yaml",
        "CON%2Fx.yaml"
      })
  void folderNamesThatLeadAnywhereElseAreRefused(String name) throws Exception {
    TestServer.Res r = server.get("/api/models/" + name);
    assertThat(r.status()).as(name).isIn(400, 404);
    assertThat(r.body()).doesNotContain("title: secret");
    TestServer.Res w = server.send("PUT", "/api/models/" + name, Map.of("text", "title: x\n"));
    assertThat(w.status()).as(name).isIn(400, 404);
    assertNothingWrittenOutside();
    assertThat(dir.resolve("a/b/c/d/e/deep.yaml"))
        .hasSameTextualContentAs(dir.resolve("chicken.yaml"));
  }

  @Test
  void aFolderLinkLeadingOutsideIsNeitherListedNorReadNorWritten() throws Exception {
    Files.createSymbolicLink(dir.resolve("linked"), outside);
    assertThat(names()).noneMatch(n -> n.startsWith("linked/"));
    TestServer.Res r = server.get("/api/models/linked%2Fsecret.yaml");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body()).doesNotContain("title: secret");
    TestServer.Res w =
        server.send("PUT", "/api/models/linked%2Fsecret.yaml", Map.of("text", "title: x\n"));
    assertThat(w.status()).isEqualTo(403);
    TestServer.Res c = server.send("POST", "/api/models", Map.of("name", "linked/new.yaml"));
    assertThat(c.status()).isEqualTo(403);
    assertNothingWrittenOutside();
  }
}
