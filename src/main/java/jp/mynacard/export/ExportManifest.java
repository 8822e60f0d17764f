package jp.mynacard.export;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import jp.mynacard.batch.SafeFiles;

/**
 * {@code manifest.json}: layout version, as-of date, run id, row count, encoding and letters left
 * out of the run that wrote it (with e-mail instead of paper also the letters e-mailed instead of
 * printed and the earlier letters printed because their e-mail failed; after returned letters the
 * letters held back and those printed to a new address), and the delivered files with their run id,
 * size and SHA-256. There is one manifest per as-of folder: a later run for the same date (a rerun)
 * lists its files after those of the earlier runs, which stay listed, so a vendor that reads the
 * manifest never loses an earlier file. Written without timestamps, so the same run always writes
 * the same manifest.
 */
public final class ExportManifest {
  private ExportManifest() {}

  /**
   * @param published the folder's manifest as it stands (may not exist): its files of other runs
   *     are listed again
   */
  public static void write(
      Path manifest,
      Path published,
      LocalDate asOf,
      long runId,
      long rows,
      String encoding,
      int excluded,
      List<DeliveredFile> files)
      throws IOException {
    write(
        manifest,
        published,
        asOf,
        runId,
        rows,
        encoding,
        excluded,
        EmailInsteadOfPaper.NONE,
        ReturnedLetterHolds.NONE,
        files);
  }

  /**
   * As above, with the counts of e-mail instead of paper when {@link EmailInsteadOfPaper#shown}:
   * {@code emailedInsteadOfPrinted} (the run's letters left out for e-mail) and {@code
   * printedAfterEmailFailed} (earlier letters in this export's rows because their e-mail did not
   * arrive). Added after {@code excludedLetters}; without them the manifest is as before. Likewise,
   * when {@link ReturnedLetterHolds#shown}, {@code withheldAfterReturn} (the run's letters held
   * back because a letter to the resident came back from the address the registry still holds) and
   * {@code printedAfterAddressChange} (earlier held letters in this export's rows, to the new
   * address), after those.
   */
  public static void write(
      Path manifest,
      Path published,
      LocalDate asOf,
      long runId,
      long rows,
      String encoding,
      int excluded,
      EmailInsteadOfPaper paper,
      ReturnedLetterHolds holds,
      List<DeliveredFile> files)
      throws IOException {
    JsonArrayBuilder list = Json.createArrayBuilder();
    earlierRuns(published, runId).forEach(list::add);
    for (DeliveredFile f : files) {
      list.add(
          Json.createObjectBuilder()
              .add("name", f.path().getFileName().toString())
              .add("runId", runId)
              .add("bytes", Files.size(f.path()))
              .add("sha256", f.sha256()));
    }
    var json =
        Json.createObjectBuilder()
            .add("layoutVersion", ExportLayout.VERSION)
            .add("asOf", asOf.toString())
            .add("runId", runId)
            .add("rowCount", rows)
            .add("encoding", encoding)
            .add("excludedLetters", excluded);
    if (paper.shown()) {
      json.add("emailedInsteadOfPrinted", paper.emailed())
          .add("printedAfterEmailFailed", paper.printedAfterEmailFailed());
    }
    if (holds.shown()) {
      json.add("withheldAfterReturn", holds.withheldAfterReturn())
          .add("printedAfterAddressChange", holds.printedAfterAddressChange());
    }
    json.add("files", list);
    try (OutputStream out = SafeFiles.newOutputStream(manifest);
        JsonGenerator generator =
            Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
      generator.write(json.build());
    }
  }

  /** The file entries of other runs than {@code runId} in a published manifest. */
  private static List<JsonObject> earlierRuns(Path published, long runId) throws IOException {
    if (!Files.exists(published)) {
      return List.of();
    }
    JsonObject earlier;
    try (JsonReader reader = Json.createReader(Files.newInputStream(published))) {
      earlier = reader.readObject();
    } catch (JsonException | ClassCastException e) {
      throw new IOException(published + " is not a manifest; move it away and restart the run", e);
    }
    long earlierRun = earlier.getJsonNumber("runId").longValue();
    List<JsonObject> kept = new ArrayList<>();
    for (JsonObject file : earlier.getJsonArray("files").getValuesAs(JsonObject.class)) {
      JsonNumber fileRun = file.getJsonNumber("runId");
      long run = fileRun == null ? earlierRun : fileRun.longValue();
      if (run != runId) {
        kept.add(fileRun != null ? file : Json.createObjectBuilder(file).add("runId", run).build());
      }
    }
    return kept;
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
