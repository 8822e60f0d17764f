package jp.mynacard.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static jp.mynacard.renewal.PaperFixture.letterId;
import static jp.mynacard.renewal.PaperFixture.run;
import static jp.mynacard.renewal.ReturnFixture.held;
import static jp.mynacard.renewal.ReturnFixture.letter;
import static jp.mynacard.renewal.ReturnFixture.moved;
import static jp.mynacard.renewal.ReturnFixture.printedBy;
import static jp.mynacard.renewal.ReturnFixture.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.mynacard.renewal.PaperFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print export after returned letters, as the vendor reads it (embedded Derby): run 1's letter
 * to R1 was held back and, R1 having moved since, run 2 prints it first, to the new address; run
 * 2's own letter to R2 is held back, to R3 printed.
 */
class ReturnedLetterExportTest {
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
      for (String r : List.of("R1", "R2", "R3")) {
        resident(c, r, "みらい市中央1丁目2番3号");
      }
      run(c, 1, true);
      held(c, letter(c, 1, "R1"));
      moved(c, "R1", "305-0044", "みらい市東2丁目5番8号");
      run(c, 2, false);
      held(c, letter(c, 2, "R2"));
      letter(c, 2, "R3");
      printedBy(c, letterId(1, "R1"), 2);
      // what the run's decision does to a letter it prints late
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE letter SET postal_code = '305-0044', address = 'みらい市東2丁目5番8号'"
                  + " WHERE letter_id = ?")) {
        s.setString(1, letterId(1, "R1"));
        s.executeUpdate();
      }
    }
    export = EmailInsteadOfPaperExportTest.export(letters, dir, threads);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void theHeldLetterIsPrintedFirstToTheNewAddressAndTheRunsHeldLetterIsLeftOut() throws Exception {
    export.write(2, AS_OF, dir, SIGNED, EmailInsteadOfPaper.NONE, new ReturnedLetterHolds(1, 1));

    List<String> rows = rows("notices");
    assertEquals(2, rows.size(), rows.toString());
    assertEquals(letterId(1, "R1") + ",ja,305-0044,みらい市東2丁目5番8号,山田 太郎", prefix(rows.get(0)));
    assertEquals(letterId(2, "R3"), rows.get(1).substring(0, rows.get(1).indexOf(',')));
    JsonObject manifest = manifest();
    assertEquals(2, manifest.getInt("rowCount"));
    assertEquals(1, manifest.getInt("withheldAfterReturn"));
    assertEquals(1, manifest.getInt("printedAfterAddressChange"));
    assertFalse(manifest.containsKey("emailedInsteadOfPrinted"), "e-mail instead of paper is off");
  }

  @Test
  void withNothingHeldTheManifestIsAsBefore() throws Exception {
    export.write(2, AS_OF, dir, SIGNED, EmailInsteadOfPaper.NONE, ReturnedLetterHolds.NONE);

    assertFalse(manifest().containsKey("withheldAfterReturn"), manifest().toString());
    assertFalse(manifest().containsKey("printedAfterAddressChange"));
  }

  private static String prefix(String row) {
    String[] cells = row.split(",");
    return String.join(",", cells[0], cells[1], cells[2], cells[3], cells[4]);
  }

  private List<String> rows(String name) throws Exception {
    return Files.readAllLines(dir.resolve("2026-04-02/" + name + "-2026-04-02-2.csv"), UTF_8)
        .stream()
        .filter(l -> l.startsWith("L2026"))
        .toList();
  }

  private JsonObject manifest() throws Exception {
    try (var r =
        Json.createReader(Files.newBufferedReader(dir.resolve("2026-04-02/manifest.json")))) {
      return r.readObject();
    }
  }
}
