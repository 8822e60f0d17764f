package jp.mynacard.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMergeTest {
  private static final String REJECT_HEADER = "line,resident_id,column,reason\r\n";
  private static final String ANOMALY_HEADER = "line,resident_id,column,recorded,expected,note\r\n";

  @TempDir Path dir;

  private ImportFiles files() {
    return ImportFiles.of(dir.resolve("registry.csv").toString(), "UTF-8");
  }

  private static void writePart(Path report, int partition, String text) throws IOException {
    Files.writeString(ImportFiles.part(report, partition), text, UTF_8);
  }

  private void writeParts(String... rejects) throws IOException {
    for (int i = 0; i < rejects.length; i++) {
      writePart(files().rejects(), i, rejects[i]);
      writePart(files().anomalies(), i, "");
    }
  }

  @Test
  void mergeJoinsHeaderAndPartsInPartitionOrder() throws IOException {
    writeParts(
        "2,R1,sex,must be M or F\r\n",
        "",
        "9,R8,email,is not an e-mail address\r\n" + "11,R9,sex,must be M or F\r\n");
    writePart(files().anomalies(), 1, "5,R4,card_expires_on,2031-06-15,2030-06-15,kept\r\n");
    ReportMerge.merge(files(), 3);
    assertEquals(
        REJECT_HEADER
            + "2,R1,sex,must be M or F\r\n"
            + "9,R8,email,is not an e-mail address\r\n11,R9,sex,must be M or F\r\n",
        Files.readString(files().rejects()));
    assertEquals(
        ANOMALY_HEADER + "5,R4,card_expires_on,2031-06-15,2030-06-15,kept\r\n",
        Files.readString(files().anomalies()));
  }

  @Test
  void mergeDeletesTheParts() throws IOException {
    writeParts("2,R1,sex,must be M or F\r\n", "");
    ReportMerge.merge(files(), 2);
    for (int i = 0; i < 2; i++) {
      assertFalse(Files.exists(ImportFiles.part(files().rejects(), i)));
      assertFalse(Files.exists(ImportFiles.part(files().anomalies(), i)));
    }
    try (var left = Files.list(dir)) {
      assertEquals(2, left.count(), "only the two reports remain");
    }
  }

  @Test
  void emptyPartsGiveReportsWithOnlyTheHeader() throws IOException {
    writeParts("", "", "");
    ReportMerge.merge(files(), 3);
    assertEquals(REJECT_HEADER, Files.readString(files().rejects()));
    assertEquals(ANOMALY_HEADER, Files.readString(files().anomalies()));
  }

  @Test
  void mergeIsANoOpWhenTheReportExistsAndAPartIsMissing() throws IOException {
    Files.writeString(files().rejects(), REJECT_HEADER + "2,R1,sex,must be M or F\r\n");
    Files.writeString(files().anomalies(), ANOMALY_HEADER);
    writePart(files().rejects(), 1, "stale part\r\n");
    ReportMerge.merge(files(), 2);
    assertEquals(
        REJECT_HEADER + "2,R1,sex,must be M or F\r\n", Files.readString(files().rejects()));
    assertEquals(ANOMALY_HEADER, Files.readString(files().anomalies()));
  }

  @Test
  void mergeAgainAfterACrashBeforeTheDeletesGivesTheSameReport() throws IOException {
    writeParts("2,R1,sex,must be M or F\r\n", "4,R3,sex,must be M or F\r\n");
    Files.writeString(files().rejects(), "an earlier merge of the same parts\r\n");
    ReportMerge.merge(files(), 2);
    assertEquals(
        REJECT_HEADER + "2,R1,sex,must be M or F\r\n4,R3,sex,must be M or F\r\n",
        Files.readString(files().rejects()));
  }

  @Test
  void mergeFailsWhenNeitherTheReportNorAllItsPartsExist() throws IOException {
    writePart(files().rejects(), 0, "2,R1,sex,must be M or F\r\n");
    IOException e = assertThrows(IOException.class, () -> ReportMerge.merge(files(), 2));
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
    assertFalse(Files.exists(files().rejects()));
  }
}
