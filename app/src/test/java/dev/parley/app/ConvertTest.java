package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import dev.parley.io.gmcr.GmcrFormatException;
import dev.parley.io.gmcr.GmcrWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertTest {
  @Test
  void theTargetFollowsTheNameOfTheFileToWrite() {
    assertThat(Convert.Target.of("a.yaml")).isEqualTo(Convert.Target.YAML);
    assertThat(Convert.Target.of("a.YML")).isEqualTo(Convert.Target.YAML);
    assertThat(Convert.Target.of("dir/a.json")).isEqualTo(Convert.Target.JSON);
    assertThat(Convert.Target.of("a.gmcr")).isEqualTo(Convert.Target.GMCR);
    assertThatThrownBy(() -> Convert.Target.of("a.txt"))
        .isInstanceOf(BadRequest.class)
        .hasMessage("a.txt: unknown output format; end the name in .yaml, .yml, .json or .gmcr");
  }

  @Test
  void yamlToJsonReadsBackAsTheSameModel() throws Exception {
    ModelInput in = Models.cli("elmira.yaml");
    Convert.Result r = Convert.run(in, "elmira.json");
    assertThat(r.target()).isEqualTo(Convert.Target.JSON);
    assertThat(r.notes()).isEmpty();
    assertThat(r.text()).startsWith("{");
    LoadedModel back = ModelReader.read(r.text(), "elmira.json", Format.JSON);
    assertThat(back.conflict().dmCount()).isEqualTo(in.conflict.dmCount());
    assertThat(back.graphModel().stateCount()).isEqualTo(in.model.stateCount());
    assertThat(back.conflict().statusQuo()).isEqualTo(in.conflict.statusQuo());
  }

  @Test
  void aGmcrSaveLeavesOutWhatItCannotHoldAndSaysSo() {
    Convert.Result r = Convert.run(Models.cli("elmira.yaml"), "elmira.gmcr");
    assertThat(r.target()).isEqualTo(Convert.Target.GMCR);
    assertThat(r.text()).startsWith("{");
    assertThat(r.notes())
        .singleElement()
        .asString()
        .contains("no place for sources, quotes, named states or the status quo");
    assertThat(Convert.run(Models.cli("chicken-unknown.yaml"), "c.gmcr").notes())
        .anyMatch(n -> n.contains("unknown preferences"));
  }

  @Test
  void whatADecisionMakerCannotSeeGoesToGmcrAsItsMisperceptions(@TempDir Path dir)
      throws Exception {
    Path model = dir.resolve("c.yaml");
    Files.writeString(
        model,
        Files.readString(Models.file("chicken-misperceived.yaml"))
            .replace(
                "    perceives:\n      preferences:\n        # Driver 1's",
                "    perceives:\n      hidden: [crash]\n      preferences:\n        # Driver 1's"));
    ModelInput in = ModelInput.load(model);
    assertThat(in.perceptions().get(0).hidden()).hasSize(1);
    Convert.Result r = Convert.run(in, "c.gmcr");
    assertThat(r.text()).contains("\"misperceptions\": [ [ [ 0, \"N\" ], [ 1, \"N\" ] ] ]");
    assertThat(r.notes())
        .anyMatch(n -> n.contains("written only as the states it cannot see ('misperceptions')"));
    Path gmcr = dir.resolve("c.gmcr");
    Files.writeString(gmcr, r.text());
    ModelInput back = ModelInput.load(gmcr);
    assertThat(back.perceptions()).singleElement().satisfies(p -> assertThat(p.holder()).isZero());
    assertThat(
            dev.parley.core.hypergame.PerceivedGame.hiddenStates(
                    back.model, back.perceptions().get(0))
                .stream()
                .toArray())
        .containsExactly(0);
  }

  @Test
  void aGraphFormModelIsNoGmcrSave() {
    assertThatThrownBy(() -> Convert.run(Models.cli("elmira-graph.yaml"), "out.gmcr"))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("out.gmcr: GMCR+ files are in option form")
        .hasMessageContaining("graph form");
  }

  @Test
  void aGmcrSaveAsYamlSaysWhereItCameFromAndWhatTheImportChanged(@TempDir Path dir)
      throws Exception {
    ModelInput elmira = Models.cli("elmira.yaml");
    Path gmcr = dir.resolve("grouped.gmcr");
    Files.writeString(gmcr, GmcrWriter.write(elmira.conflict, List.of(List.of(0, 1), List.of(2))));
    ModelInput in = ModelInput.load(gmcr);
    assertThat(in.gmcr()).isNotNull();
    Convert.Result yaml = Convert.run(in, "grouped.yaml");
    assertThat(yaml.notes())
        .singleElement()
        .asString()
        .startsWith("the file groups decision makers into coalitions [[0, 1], [2]]");
    assertThat(yaml.text())
        .startsWith("# Imported from the GMCR+ file " + gmcr + "\n")
        .contains("# warning: the file groups decision makers into coalitions");
    LoadedModel back = ModelReader.read(yaml.text(), "grouped.yaml", Format.YAML);
    assertThat(back.graphModel().stateCount()).isEqualTo(elmira.model.stateCount());
    // JSON has no comments; a GMCR+ save keeps the coalitions
    assertThat(Convert.run(in, "grouped.json").text()).startsWith("{");
    assertThat(Convert.run(in, "again.gmcr").notes()).noneMatch(n -> n.contains("coalitions"));
    // the workbench reads the same bytes the same way
    ModelInput workspace = ModelInput.readGmcr(Files.readAllBytes(gmcr), gmcr.toString());
    assertThat(Convert.run(workspace, "grouped.yaml").text()).isEqualTo(yaml.text());
  }

  @Test
  void aPickleIsRefusedWithThePlaceInTheFile() {
    assertThatThrownBy(() -> ModelInput.readGmcr(new byte[] {(byte) 0x80, 2, 'x'}, "old.gmcr"))
        .isInstanceOf(GmcrFormatException.class)
        .hasMessageContaining("old.gmcr")
        .hasMessageContaining("pickle");
  }
}
