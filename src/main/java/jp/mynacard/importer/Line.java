package jp.mynacard.importer;

/**
 * One physical line of the input file, without its line break.
 *
 * @param bytes the line's bytes, or null when it was longer than the reader accepts
 * @param number 1-based line number
 * @param start byte offset of the line's first byte
 * @param next byte offset just after its line break
 */
public record Line(byte[] bytes, long number, long start, long next) {
  public boolean tooLong() {
    return bytes == null;
  }

  public boolean blank() {
    return bytes != null && bytes.length == 0;
  }

  /** Double quotes on the line: an odd count leaves a quoted field open (RFC 4180 doubles them). */
  public int quotes() {
    int n = 0;
    for (byte b : bytes) {
      if (b == '"') {
        n++;
      }
    }
    return n;
  }
}
