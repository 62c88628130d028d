package dev.parley.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text from bytes that must be UTF-8: what is not valid UTF-8 is refused, never replaced. */
public final class Utf8 {
  private Utf8() {}

  /**
   * Decodes {@code bytes} as UTF-8.
   *
   * @throws CharacterCodingException when they are not valid UTF-8
   */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
