package jp.mynacard.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes without ever guessing: a byte sequence the encoding does not define is an error.
 */
public final class StrictDecoder {
  private final Charset charset;
  private final CharsetDecoder decoder;

  public StrictDecoder(Charset charset) {
    this.charset = charset;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The text, or throws with the position of the first bad byte. */
  public String decode(byte[] bytes) throws UndecodableException {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out =
        CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
    decoder.reset();
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = Math.min(in.position(), bytes.length - 1);
      throw new UndecodableException(
          String.format(
              "bytes are not valid %s (byte 0x%02X at byte %d of the record)%s",
              charset.name(), bytes[at] & 0xFF, at + 1, hint()));
    }
    return out.flip().toString();
  }

  private String hint() {
    return charset.name().equals("UTF-8")
        ? "; if the file comes from a Windows-31J (Shift_JIS) system, import it with encoding=windows-31j"
        : "";
  }

  public static final class UndecodableException extends Exception {
    private static final long serialVersionUID = 1L;

    UndecodableException(String message) {
      super(message, null, false, false);
    }
  }
}
