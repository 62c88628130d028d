package dev.parley.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
    return decoder().decode(ByteBuffer.wrap(bytes)).toString();
  }

  /**
   * Where {@code bytes} stop being valid UTF-8: the index of the first byte of the first invalid or
   * truncated sequence, or -1 when all of them are valid.
   */
  public static int invalidAt(byte[] bytes) {
    CharsetDecoder d = decoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, Math.min(bytes.length, 1 << 16)));
    while (true) {
      var r = d.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        r = d.flush(out);
        return r.isError() ? in.position() : -1;
      }
      out.clear(); // overflow: the text so far is not needed, only where it breaks
    }
  }

  /**
   * Where byte {@code at} stands in the text: its 1-based line and its 1-based column in
   * characters, counted over the valid UTF-8 before it.
   */
  public static int[] lineAndColumn(byte[] bytes, int at) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < at && i < bytes.length; i++) {
      // count the first byte of each sequence; continuation bytes are 10xxxxxx
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
