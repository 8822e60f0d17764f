package jp.mynacard.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.mynacard.notice.LetterRenderer;
import jp.mynacard.notice.NoticeSettingsFixture;
import jp.mynacard.pki.SigningIdentity;
import jp.mynacard.testing.OpenSsl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: with a vendor certificate, the letters' plaintext never touches the disk. The export is
 * written as a real run writes it (the same {@link VendorExport}, only its letters come from memory
 * instead of the database), while the test watches the as-of folder: every file created in it, and
 * every byte in it whenever the next page of letters is read (the writers are open then), must be
 * encrypted, and what the vendor decrypts must still be the whole CSV the manifest and signatures
 * describe.
 */
class EncryptedExportTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);
  private static final long RUN = 7;

  /** In every letter's addressee: found on the disk only if plaintext was written. */
  private static final String MARKER = "平文太郎";

  private static final int PAGES = 3;
  private static final int PER_PAGE = 300;

  @TempDir Path dir;
  private final ExecutorService threads = Executors.newFixedThreadPool(3);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void withAVendorCertificateNoPlaintextFileIsEverCreatedAndTheVendorDecryptsTheWholeExport()
      throws Exception {
    SigningIdentity vendor =
        SigningIdentity.generatedIfAbsent(
            dir.resolve("vendor-key.pem"), dir.resolve("vendor.pem"), "CN=test mailing vendor");
    Path exports = Files.createDirectory(dir.resolve("exports"));
    Path asOfDir = Files.createDirectory(exports.resolve(AS_OF.toString()));
    PagesWatchingTheDisk letters = new PagesWatchingTheDisk(asOfDir);
    VendorExport export = export(letters, Optional.of(dir.resolve("vendor.pem")));

    List<String> created = new ArrayList<>();
    try (WatchService watch = asOfDir.getFileSystem().newWatchService()) {
      asOfDir.register(watch, ENTRY_CREATE);
      export.write(RUN, AS_OF, exports, Instant.parse("2026-03-31T17:00:00Z"));
      collectUntilManifest(watch, created);
    }

    // whatever was created, if only for a moment, was encrypted, a signature or the manifest
    for (String name : created) {
      assertTrue(
          name.endsWith(".p7m")
              || name.endsWith(".p7m.partial")
              || name.endsWith(".p7s")
              || name.endsWith(".p7s.partial")
              || name.startsWith("manifest.json"),
          "created in the export folder: " + name + " (all created: " + created + ")");
    }
    assertEquals(PAGES + 1, letters.reads, "one read per page and the empty end");
    assertTrue(
        letters.seen.contains("notices-2026-04-01-7.csv.p7m.partial"), letters.seen.toString());
    assertEquals(List.of(), letters.plaintext, "files holding a letter's plaintext while writing");
    try (Stream<Path> files = Files.list(asOfDir)) {
      for (Path f : files.toList()) {
        assertFalse(contains(Files.readAllBytes(f), MARKER), f + " holds plaintext");
      }
    }

    // the vendor's view is unchanged: the .p7m decrypts to the whole CSV, which the manifest's
    // hash and the detached signature describe as delivered (the encrypted bytes)
    Path notices = asOfDir.resolve("notices-2026-04-01-7.csv.p7m");
    String csv = new String(OpenSsl.cmsDecrypt(notices, dir.resolve("vendor-key.pem")), UTF_8);
    assertTrue(
        csv.startsWith(String.join(",", ExportLayout.HEADER) + "\r\n"), csv.substring(0, 80));
    assertEquals(PAGES * PER_PAGE + 1, csv.split("\r\n").length, "header and one row per letter");
    assertTrue(csv.contains(MARKER));
    String texts =
        new String(
            OpenSsl.cmsDecrypt(
                asOfDir.resolve("notice-texts-2026-04-01-7.csv.p7m"),
                dir.resolve("vendor-key.pem")),
            UTF_8);
    assertTrue(texts.contains("L20260401-7-R" + (PAGES * PER_PAGE - 1)), "the last letter's text");
    String manifest = Files.readString(asOfDir.resolve("manifest.json"));
    assertTrue(manifest.contains(ExportManifest.sha256(notices)), manifest);
    assertTrue(manifest.contains("\"rowCount\": " + PAGES * PER_PAGE), manifest);
    assertEquals(
        0,
        OpenSsl.cmsVerify(
            notices,
            asOfDir.resolve("notices-2026-04-01-7.csv.p7m.p7s"),
            dir.resolve("data/keys/export-signing-certificate.pem")));
  }

  private VendorExport export(LetterRows letters, Optional<Path> vendorCertificate) {
    ExportSettings settings = new ExportSettings();
    settings.encoding = "UTF-8";
    settings.signingKey = Optional.empty();
    settings.signingCertificate = Optional.empty();
    settings.vendorCertificate = vendorCertificate.map(Path::toString);
    settings.dataDir = dir.resolve("data").toString();
    VendorExport export = new VendorExport();
    export.letters = letters;
    export.settings = settings;
    export.renderer = new LetterRenderer(NoticeSettingsFixture.defaults());
    export.executor = managed(threads);
    return export;
  }

  /**
   * The run's letters, page by page, as {@link LetterRows} reads them from the database. Each read
   * comes while the export's writers are open (the next page is read ahead as the current one is
   * written), so it looks at the disk then: the file names, and whether any file holds a letter's
   * plaintext.
   */
  private static final class PagesWatchingTheDisk extends LetterRows {
    private final Path folder;
    final Set<String> seen = Collections.synchronizedSet(new TreeSet<>());
    final List<String> plaintext = Collections.synchronizedList(new ArrayList<>());
    volatile int reads;

    PagesWatchingTheDisk(Path folder) {
      this.folder = folder;
    }

    @Override
    public Page page(long runId, String afterResidentId, int size) {
      reads++;
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.toList()) {
          seen.add(f.getFileName().toString());
          if (contains(Files.readAllBytes(f), MARKER)) {
            plaintext.add(f.getFileName().toString());
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      int first =
          afterResidentId.isEmpty() ? 0 : Integer.parseInt(afterResidentId.substring(1)) + 1;
      List<LetterRow> rows = new ArrayList<>();
      for (int i = first; i < Math.min(first + PER_PAGE, PAGES * PER_PAGE); i++) {
        rows.add(letter(i));
      }
      return new Page(rows, rows.isEmpty() ? afterResidentId : "R" + (first + rows.size() - 1));
    }

    @Override
    public List<DatesDiffer> datesDiffer(long runId) {
      return List.of();
    }
  }

  private static LetterRow letter(int i) {
    LocalDate expiry = LocalDate.of(2026, 6, 30);
    return new LetterRow(
        "L20260401-7-R" + i,
        "ja",
        "100-0001",
        "東京都千代田区千代田1-" + i,
        MARKER + " " + i,
        expiry,
        null,
        null,
        null,
        expiry,
        LocalDate.of(2026, 4, 1),
        null,
        null,
        LocalDate.of(2026, 4, 1));
  }

  private static boolean contains(byte[] haystack, String text) {
    byte[] needle = text.getBytes(UTF_8);
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }

  /** The names created in the folder, up to the manifest's (the export's last file). */
  private static void collectUntilManifest(WatchService watch, List<String> created)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!created.contains("manifest.json") && System.nanoTime() < deadline) {
      WatchKey key = watch.poll(1, TimeUnit.SECONDS);
      if (key == null) {
        continue;
      }
      for (WatchEvent<?> event : key.pollEvents()) {
        created.add(String.valueOf(event.context()));
      }
      key.reset();
    }
    assertTrue(created.contains("manifest.json"), "no manifest seen created: " + created);
  }

  /** A managed executor backed by plain threads: the export needs only ExecutorService's part. */
  private static ManagedExecutorService managed(ExecutorService threads) {
    return (ManagedExecutorService)
        Proxy.newProxyInstance(
            EncryptedExportTest.class.getClassLoader(),
            new Class<?>[] {ManagedExecutorService.class},
            (proxy, method, args) -> {
              if (!method.getDeclaringClass().isInstance(threads)) {
                throw new UnsupportedOperationException(method.getName());
              }
              try {
                return method.invoke(threads, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
