package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
  @Test
  void decodesUtf8AndRefusesWhatIsNot() throws Exception {
    assertThat(Utf8.decode("état — ü\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("état — ü\n");
    assertThat(Utf8.decode(new byte[0])).isEmpty();
    assertThatThrownBy(() -> Utf8.decode(new byte[] {'a', (byte) 0xe9, 'b'}))
        .isInstanceOf(CharacterCodingException.class);
  }
}
