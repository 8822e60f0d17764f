package jp.mynacard.export;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: layout version, as-of date, run id, row count, encoding, letters left out,
 * and each delivered file with its size and SHA-256. Written without timestamps, so the same run
 * always writes the same manifest.
 */
public final class ExportManifest {
  private ExportManifest() {}

  public static void write(
      Path manifest,
      LocalDate asOf,
      long runId,
      long rows,
      String encoding,
      int excluded,
      List<Path> files)
      throws IOException {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Path f : files) {
      list.add(
          Json.createObjectBuilder()
              .add("name", f.getFileName().toString())
              .add("bytes", Files.size(f))
              .add("sha256", sha256(f)));
    }
    var json =
        Json.createObjectBuilder()
            .add("layoutVersion", ExportLayout.VERSION)
            .add("asOf", asOf.toString())
            .add("runId", runId)
            .add("rowCount", rows)
            .add("encoding", encoding)
            .add("excludedLetters", excluded)
            .add("files", list)
            .build();
    try (OutputStream out = Files.newOutputStream(manifest);
        JsonGenerator generator =
            Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
      generator.write(json);
    }
  }

  public static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
