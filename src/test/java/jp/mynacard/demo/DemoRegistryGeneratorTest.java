package jp.mynacard.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import jp.mynacard.importer.Anomaly;
import jp.mynacard.importer.ProtectedNumber;
import jp.mynacard.importer.RegistryColumn;
import jp.mynacard.importer.RegistryFile;
import jp.mynacard.importer.RowOutcome;
import jp.mynacard.importer.RowValidator;
import jp.mynacard.importer.SourceRow;
import jp.mynacard.validity.ValidityRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoRegistryGeneratorTest {
  private static final LocalDate REFERENCE = LocalDate.of(2026, 4, 1);
  private static final int RESIDENTS = 2_000;

  @TempDir Path dir;

  private Path generate(String name, long residents, long seed) throws IOException {
    Path out = dir.resolve(name);
    DemoRegistryGenerator.write(out, UTF_8, residents, seed, REFERENCE);
    return out;
  }

  private List<SourceRow> rows() throws IOException {
    return rows(RESIDENTS);
  }

  private List<SourceRow> rows(long residents) throws IOException {
    List<SourceRow> rows = new ArrayList<>();
    try (RegistryFile f = RegistryFile.open(generate("registry.csv", residents, 42), UTF_8, null)) {
      for (SourceRow r = f.next(); r != null; r = f.next()) {
        rows.add(r);
      }
    }
    return rows;
  }

  private long count(Predicate<SourceRow> which) throws IOException {
    return rows().stream().filter(which).count();
  }

  @Test
  void sameSeedWritesByteIdenticalFiles() throws IOException {
    Path a = generate("a.csv", 300, 7);
    Path b = generate("b.csv", 300, 7);
    assertEquals(-1, Files.mismatch(a, b));
    assertNotEquals(-1, Files.mismatch(a, generate("c.csv", 300, 8)));
  }

  @Test
  void everyGeneratedRowPassesValidationWithOnlyRareCardExpiryAnomalies() throws IOException {
    RowValidator validator =
        new RowValidator(
            ValidityRules.standard(),
            (number, residentId) -> new ProtectedNumber("00".repeat(32), "sealed:" + residentId));
    List<SourceRow> rows = rows();
    assertEquals(RESIDENTS, rows.size());
    List<Anomaly> anomalies = new ArrayList<>();
    for (SourceRow row : rows) {
      RowOutcome o = validator.validate(row, REFERENCE);
      assertTrue(o.isAccepted(), () -> "rejected: " + o.rejected());
      anomalies.addAll(o.accepted().anomalies());
    }
    assertTrue(anomalies.size() < RESIDENTS / 100, anomalies.toString());
    anomalies.forEach(a -> assertEquals("card_expires_on", a.column(), a.toString()));
  }

  @Test
  void foreignResidentsComeWithAndWithoutAPeriodOfStay() throws IOException {
    List<SourceRow> foreign =
        rows().stream().filter(r -> !r.get(RegistryColumn.NATIONALITY).equals("JP")).toList();
    assertTrue(foreign.stream().anyMatch(r -> !r.get(RegistryColumn.STAY_EXPIRES_ON).isEmpty()));
    assertTrue(foreign.stream().anyMatch(r -> r.get(RegistryColumn.STAY_EXPIRES_ON).isEmpty()));
  }

  @Test
  void foreignResidentsAreSpreadThroughTheFileNotClustered() throws IOException {
    // about 6% of residents are foreign: every 1,000 consecutive residents hold some of them
    List<SourceRow> rows = rows(10_000);
    for (int block = 0; block < 10; block++) {
      long foreign =
          rows.subList(block * 1_000, (block + 1) * 1_000).stream()
              .filter(r -> !r.get(RegistryColumn.NATIONALITY).equals("JP"))
              .count();
      assertTrue(
          foreign >= 20 && foreign <= 100,
          "residents "
              + (block * 1_000 + 1)
              + "-"
              + (block + 1) * 1_000
              + ": "
              + foreign
              + " foreign");
    }
  }

  @Test
  void someResidentsAreBornOnTheTwentyNinthOfFebruary() throws IOException {
    assertTrue(count(r -> r.get(RegistryColumn.BIRTH_DATE).endsWith("-02-29")) > 0);
  }

  @Test
  void someCardsAreSuspendedAndSomeAbolished() throws IOException {
    assertTrue(count(r -> r.get(RegistryColumn.CARD_STATUS).equals("SUSPENDED")) > 0);
    assertTrue(count(r -> r.get(RegistryColumn.CARD_STATUS).equals("ABOLISHED")) > 0);
  }

  @Test
  void someResidentsHaveMovedOutAndSomeAreDeceased() throws IOException {
    assertTrue(count(r -> r.get(RegistryColumn.RESIDENT_STATUS).equals("MOVED_OUT")) > 0);
    assertTrue(count(r -> r.get(RegistryColumn.RESIDENT_STATUS).equals("DECEASED")) > 0);
  }

  @Test
  void someResidentsHaveNoCard() throws IOException {
    assertTrue(count(r -> r.get(RegistryColumn.CARD_ID).isEmpty()) > 0);
  }
}
