package jp.mynacard.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static jp.mynacard.renewal.PaperFixture.letter;
import static jp.mynacard.renewal.PaperFixture.letterId;
import static jp.mynacard.renewal.PaperFixture.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.mynacard.notice.LetterRenderer;
import jp.mynacard.notice.NoticeSettingsFixture;
import jp.mynacard.renewal.PaperFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print export with e-mail instead of paper, from letters and outbox rows on the application's
 * own schema (embedded Derby): run 1's letter to R1 was left out for an e-mail that was
 * undeliverable, and run 2 prints it; run 2's own letter to R3 is e-mailed instead, to R4 printed.
 */
class EmailInsteadOfPaperExportTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 2);
  private static final Instant SIGNED = Instant.parse("2026-04-01T17:00:00Z");

  @TempDir Path dir;
  private final ExecutorService threads = Executors.newFixedThreadPool(3);
  private VendorExport export;

  @BeforeEach
  void runs() throws Exception {
    LetterRows letters = new LetterRows();
    letters.dataSource = PaperFixture.database();
    try (Connection c = letters.dataSource.getConnection()) {
      run(c, 1, true);
      letter(c, 1, "R1", true);
      letter(c, 1, "R2", false);
      PaperFixture.withheld(c, 1);
      PaperFixture.mailStatus(c, letterId(1, "R1"), "UNDELIVERABLE");
      run(c, 2, false);
      letter(c, 2, "R3", true);
      letter(c, 2, "R4", false);
      PaperFixture.withheld(c, 2);
      PaperFixture.printedBy(c, letterId(1, "R1"), 2);
    }
    export = export(letters, dir, threads);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void theExportPrintsTheEarlierLetterFirstAndLeavesOutTheLettersEmailedInstead() throws Exception {
    export.write(2, AS_OF, dir, SIGNED, new EmailInsteadOfPaper(1L, 1), ReturnedLetterHolds.NONE);

    assertEquals(List.of(letterId(1, "R1"), letterId(2, "R4")), letterIds("notices"));
    assertEquals(List.of(letterId(1, "R1"), letterId(2, "R4")), letterIds("notice-texts"));
    JsonObject manifest = manifest();
    assertEquals(2, manifest.getInt("rowCount"));
    assertEquals(1, manifest.getInt("emailedInsteadOfPrinted"));
    assertEquals(1, manifest.getInt("printedAfterEmailFailed"));
  }

  @Test
  void writtenAgainTheExportHasTheSameBytes() throws Exception {
    EmailInsteadOfPaper paper = new EmailInsteadOfPaper(1L, 1);
    export.write(2, AS_OF, dir, SIGNED, paper, ReturnedLetterHolds.NONE);
    byte[] first = Files.readAllBytes(csv("notices"));
    byte[] manifest = Files.readAllBytes(dir.resolve("2026-04-02/manifest.json"));

    export.write(2, AS_OF, dir, SIGNED, paper, ReturnedLetterHolds.NONE);

    assertArrayEquals(first, Files.readAllBytes(csv("notices")));
    assertArrayEquals(manifest, Files.readAllBytes(dir.resolve("2026-04-02/manifest.json")));
  }

  @Test
  void withoutEmailInsteadOfPaperTheExportAndManifestAreAsBefore() throws Exception {
    export.write(2, AS_OF, dir, SIGNED, EmailInsteadOfPaper.NONE, ReturnedLetterHolds.NONE);

    assertEquals(List.of(letterId(2, "R3"), letterId(2, "R4")), letterIds("notices"));
    JsonObject manifest = manifest();
    assertFalse(manifest.containsKey("emailedInsteadOfPrinted"), manifest.toString());
    assertFalse(manifest.containsKey("printedAfterEmailFailed"), manifest.toString());
  }

  private Path csv(String name) {
    return dir.resolve("2026-04-02/" + name + "-2026-04-02-2.csv");
  }

  private List<String> letterIds(String name) throws Exception {
    return Files.readAllLines(csv(name), UTF_8).stream()
        .filter(l -> l.startsWith("L2026"))
        .map(l -> l.substring(0, l.indexOf(',')))
        .toList();
  }

  private JsonObject manifest() throws Exception {
    try (var r =
        Json.createReader(Files.newBufferedReader(dir.resolve("2026-04-02/manifest.json")))) {
      return r.readObject();
    }
  }

  /** The export over {@code letters}, writing into {@code dir}, unencrypted UTF-8. */
  static VendorExport export(LetterRows letters, Path dir, ExecutorService threads) {
    ExportSettings settings = new ExportSettings();
    settings.encoding = "UTF-8";
    settings.signingKey = Optional.empty();
    settings.signingCertificate = Optional.empty();
    settings.vendorCertificate = Optional.empty();
    settings.dataDir = dir.resolve("data").toString();
    VendorExport export = new VendorExport();
    export.letters = letters;
    export.settings = settings;
    export.renderer = new LetterRenderer(NoticeSettingsFixture.defaults());
    export.executor = managed(threads);
    return export;
  }

  /** A managed executor backed by plain threads: the export needs only ExecutorService's part. */
  private static ManagedExecutorService managed(ExecutorService threads) {
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            EmailInsteadOfPaperExportTest.class.getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, args) -> {
              try {
                return method.invoke(threads, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
