package jp.mynacard.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  @Test
  void splitsAtLfDropsTheCrBeforeItAndCountsOffsets() throws IOException {
    LineReader reader = reader("ab\r\n\ncd", 64, 1);
    assertLine(reader.next(), "ab", 1, 0, 4);
    assertLine(reader.next(), "", 2, 4, 5);
    assertLine(reader.next(), "cd", 3, 5, 7);
    assertNull(reader.next());
  }

  @Test
  void aLineOfTheLimitIsKeptOneByteMoreIsTooLongAndReadingGoesOn() throws IOException {
    LineReader reader = reader("abcd\nabcde\nab\r\nabcd\r\nx", 4, 1);
    assertLine(reader.next(), "abcd", 1, 0, 5);
    Line tooLong = reader.next();
    assertTrue(tooLong.tooLong());
    assertEquals(11, tooLong.next());
    assertLine(reader.next(), "ab", 3, 11, 15);
    assertTrue(reader.next().tooLong(), "the CR counts until it is dropped");
    assertLine(reader.next(), "x", 5, 21, 22);
    assertNull(reader.next());
  }

  /** Lines come out the same however the stream hands out its bytes. */
  @Test
  void linesDoNotDependOnHowTheStreamIsChunked() throws IOException {
    Random random = new Random(20261206L);
    byte[] alphabet = "ab,\"\r\n\n".getBytes(StandardCharsets.US_ASCII);
    for (int n = 0; n < 300; n++) {
      byte[] data = new byte[random.nextInt(400)];
      for (int i = 0; i < data.length; i++) {
        data[i] = alphabet[random.nextInt(alphabet.length)];
      }
      int limit = 1 + random.nextInt(40);
      List<String> expected = reference(data, limit);
      LineReader reader = new LineReader(new Trickle(data, random), 0, 1, limit);
      List<String> actual = new ArrayList<>();
      long offset = 0;
      for (Line line = reader.next(); line != null; line = reader.next()) {
        assertEquals(offset, line.start());
        offset = line.next();
        actual.add(line.tooLong() ? null : new String(line.bytes(), StandardCharsets.US_ASCII));
      }
      assertEquals(data.length, offset);
      assertEquals(expected, actual);
    }
  }

  /** Lines as a plain split at LF gives them: null for a line over the limit (its CR counted). */
  private static List<String> reference(byte[] data, int limit) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= data.length; i++) {
      if (i == data.length && start == data.length) {
        break;
      }
      if (i == data.length || data[i] == '\n') {
        byte[] raw = Arrays.copyOfRange(data, start, i);
        if (raw.length > limit) {
          lines.add(null);
        } else {
          String text = new String(raw, StandardCharsets.US_ASCII);
          lines.add(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static LineReader reader(String text, int limit, long firstLine) {
    return new LineReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)), 0, firstLine, limit);
  }

  private static void assertLine(Line line, String text, long number, long start, long next) {
    assertArrayEquals(text.getBytes(StandardCharsets.US_ASCII), line.bytes());
    assertEquals(number, line.number());
    assertEquals(start, line.start());
    assertEquals(next, line.next());
  }

  /** A stream that hands out a few bytes at a time. */
  private static final class Trickle extends InputStream {
    private final byte[] data;
    private final Random random;
    private int at;

    Trickle(byte[] data, Random random) {
      this.data = data;
      this.random = random;
    }

    @Override
    public int read() {
      return at < data.length ? data[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at == data.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(7)), data.length - at);
      System.arraycopy(data, at, b, off, n);
      at += n;
      return n;
    }
  }
}
