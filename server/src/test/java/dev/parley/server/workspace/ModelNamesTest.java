package dev.parley.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.errors.ApiError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which names a model (or a GMCR+ file) may have: a path below the workspace, nothing else. */
class ModelNamesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "chicken.yaml",
        "peace talks 2026.yml",
        "model.json",
        "cases/chicken.yaml",
        "cases/older/elmira.yaml",
        "a/b/c/d/four.yaml",
        "2026/Q4 talks/v1.2.json",
        "_drafts/x.yaml"
      })
  void acceptsPlainNamesInTheWorkspaceAndItsSubfolders(String name) {
    assertThat(ModelNames.valid(name)).isTrue();
    assertThat(ModelNames.check(name)).isEqualTo(name);
    assertThat(ModelNames.validGmcr(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "x",
        "x.txt",
        "../x.yaml",
        "a/../x.yaml",
        "a/./x.yaml",
        "./x.yaml",
        "/etc/x.yaml",
        "a//x.yaml",
        "a/",
        "a\\x.yaml",
        "C:/x.yaml",
        ".hidden/x.yaml",
        "a/.hidden.yaml",
        ".parley-history/x.yaml/20261126T193935.123Z.yaml",
        "a/b/c/d/e/five.yaml",
        "x.yaml/y.yaml",
        "old.gmcr/y.yaml",
        "CON/x.yaml",
        "a./x.yaml",
        "a /x.yaml",
        "x.yaml ",
        "a..b/x.yaml",
        "-a/x.yaml",
        "a/x.yaml\u0000",
        "caf\u00e9/x.yaml"
      })
  void refusesEverythingElse(String name) {
    assertThat(ModelNames.valid(name)).as(name).isFalse();
    assertThatThrownBy(() -> ModelNames.check(name))
        .isInstanceOf(ApiError.class)
        .extracting(e -> ((ApiError) e).status())
        .isEqualTo(400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"elmira.gmcr", "old/elmira 12.gmcr"})
  void gmcrFilesFollowTheSameRules(String name) {
    assertThat(ModelNames.validGmcr(name)).isTrue();
    assertThat(ModelNames.valid(name)).isFalse();
    assertThat(ModelNames.validGmcr("../" + name)).isFalse();
    assertThat(ModelNames.validGmcr(".x/" + name)).isFalse();
    assertThatThrownBy(() -> ModelNames.checkGmcr("x.yaml"))
        .isInstanceOf(ApiError.class)
        .hasMessageContaining(".gmcr");
  }
}
