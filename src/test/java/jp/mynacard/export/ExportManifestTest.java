package jp.mynacard.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.time.LocalDate.of;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportManifestTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private Path manifest() {
    return dir.resolve("manifest.json");
  }

  private void write(List<Path> files) throws IOException {
    write(42, files);
  }

  private void write(long run, List<Path> files) throws IOException {
    List<DeliveredFile> delivered = new ArrayList<>();
    for (Path f : files) {
      delivered.add(new DeliveredFile(f, ExportManifest.sha256(f)));
    }
    ExportManifest.write(
        manifest(), manifest(), of(2026, 4, 1), run, 2, "windows-31j", 1, delivered);
  }

  private JsonObject read() throws IOException {
    try (JsonReader r = Json.createReader(Files.newBufferedReader(manifest(), UTF_8))) {
      return r.readObject();
    }
  }

  private static String sha256(Path f) throws IOException, GeneralSecurityException {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
  }

  @Test
  void manifestNamesLayoutRunRowsEncodingAndExcludedLetters() throws IOException {
    write(List.of(file("notices-2026-04-01-42.csv", "a\r\n")));

    JsonObject m = read();
    assertEquals("4", m.getString("layoutVersion"));
    assertEquals("2026-04-01", m.getString("asOf"));
    assertEquals(42, m.getJsonNumber("runId").longValueExact());
    assertEquals(2, m.getJsonNumber("rowCount").longValueExact());
    assertEquals("windows-31j", m.getString("encoding"));
    assertEquals(1, m.getInt("excludedLetters"));
  }

  @Test
  void eachFileIsListedWithItsNameSizeAndSha256() throws IOException, GeneralSecurityException {
    Path csv = file("notices-2026-04-01-42.csv", "letter_id\r\nL1\r\n");
    Path report = file("notices-2026-04-01-42.unencodable.csv", "山田\r\n");

    write(List.of(csv, report));

    List<JsonObject> files = read().getJsonArray("files").getValuesAs(JsonObject.class);
    assertEquals(2, files.size());
    for (int i = 0; i < 2; i++) {
      Path f = List.of(csv, report).get(i);
      assertEquals(f.getFileName().toString(), files.get(i).getString("name"));
      assertEquals(Files.size(f), files.get(i).getJsonNumber("bytes").longValueExact());
      assertEquals(sha256(f), files.get(i).getString("sha256"));
    }
  }

  @Test
  void sha256IsTheDigestMessageDigestGives() throws IOException, GeneralSecurityException {
    Path f = file("f.csv", "令和8年2月28日\r\n");

    assertEquals(sha256(f), ExportManifest.sha256(f));
  }

  @Test
  void writingTheSameManifestAgainGivesTheSameBytes() throws IOException {
    List<Path> files = List.of(file("notices.csv", "x\r\n"));

    write(files);
    byte[] first = Files.readAllBytes(manifest());
    write(files);

    assertArrayEquals(first, Files.readAllBytes(manifest()));
  }

  @Test
  void aRerunForTheSameDateKeepsTheEarlierRunsFilesListedBeforeItsOwn() throws IOException {
    write(42, List.of(file("notices-2026-04-01-42.csv", "a\r\n")));
    write(43, List.of(file("notices-2026-04-01-43.csv", "b\r\n")));

    JsonObject m = read();
    assertEquals(43, m.getJsonNumber("runId").longValueExact());
    List<JsonObject> files = m.getJsonArray("files").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("notices-2026-04-01-42.csv", "notices-2026-04-01-43.csv"),
        files.stream().map(f -> f.getString("name")).toList());
    assertEquals(
        List.of(42L, 43L),
        files.stream().map(f -> f.getJsonNumber("runId").longValueExact()).toList());
  }

  @Test
  void aRestartedRunReplacesItsOwnEntriesAndKeepsTheOthers() throws IOException {
    write(42, List.of(file("notices-2026-04-01-42.csv", "a\r\n")));
    write(43, List.of(file("notices-2026-04-01-43.csv", "b\r\n")));
    write(43, List.of(file("notices-2026-04-01-43.csv", "b\r\n")));

    assertEquals(2, read().getJsonArray("files").size());
  }
}
