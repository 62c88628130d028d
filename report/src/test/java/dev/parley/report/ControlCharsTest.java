package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharsTest {
  @Test
  void controlCharactersAreNeutralisedForOutput() {
    assertThat(ControlChars.neutralise("a\u001b[31mb\tc\nd\u009b\u202e"))
        .isEqualTo("a\\u001b[31mb\tc\nd\\u009b\\u202e");
    assertThat(ControlChars.neutralise("plain — text")).isEqualTo("plain — text");
  }
}
