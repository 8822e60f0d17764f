package jp.mynacard.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenewalDefaultsTest {
  private static RenewalDefaults configured(String leadMonths, String exportDir) {
    RenewalDefaults d = new RenewalDefaults();
    d.leadMonths = Optional.ofNullable(leadMonths);
    d.exportDir = Optional.ofNullable(exportDir);
    d.dataDir = "/srv/mynacard";
    // every folder may hold exports here; FileRootTest pins the root's refusals
    d.exportRoot = Optional.of("/");
    d.dailyCapacity = Optional.empty();
    d.minLead = Optional.empty();
    return d;
  }

  @Test
  void theConfiguredCapacityPacesARunThatGivesNoneAndARunMaySayNone() {
    RenewalDefaults d = configured(null, null);
    d.dailyCapacity = Optional.of("400");
    d.minLead = Optional.of("P6W");
    LocalDate today = LocalDate.of(2026, 4, 1);

    RenewalParameters nightly = d.resolve(Map.of(), today);
    assertEquals(new Pacing(400, java.time.Period.ofWeeks(6)), nightly.pacing());
    assertEquals(null, d.resolve(Map.of("dailyCapacity", "none"), today).pacing().dailyCapacity());
    assertEquals(150, d.resolve(Map.of("dailyCapacity", "150"), today).pacing().dailyCapacity());
  }

  @Test
  void configuredLeadTimesApplyToARunThatGivesNone() {
    RenewalParameters p =
        configured("1,3", null).resolve(Map.of("asOf", "2026-04-01"), LocalDate.of(2026, 4, 1));

    assertEquals(List.of(3, 1), p.leadMonths());
  }

  @Test
  void configuredLeadTimesApplyToAnEmptyParameter() {
    Map<String, String> raw = new HashMap<>();
    raw.put("leadMonths", null);
    raw.put("asOf", " ");

    assertEquals(List.of(3, 1), configured("3,1", null).resolve(raw).leadMonths());
  }

  @Test
  void aRunsOwnLeadTimeWinsOverTheConfiguredOnes() {
    RenewalParameters p = configured("3,1", null).resolve(Map.of("leadMonths", "120"));

    assertEquals(List.of(120), p.leadMonths());
  }

  @Test
  void theForecastAssumesTheLeadTimesTheNightlyRunUses() {
    assertEquals(List.of(3, 1), configured("1,3", null).leadMonths());
    assertEquals(List.of(3), configured(null, null).leadMonths());
    assertEquals(List.of(3), configured(" ", null).leadMonths());
  }

  @Test
  void withoutConfigurationTheJobsDefaultOfThreeMonthsHolds() {
    assertEquals(List.of(3), configured(null, null).resolve(Map.of()).leadMonths());
    assertEquals(List.of(3), configured(" ", null).resolve(Map.of()).leadMonths());
  }

  @Test
  void aBadConfiguredLeadTimeIsRefusedWithItsReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> configured("3,x", null).resolve(Map.of()));

    assertEquals("leadMonths must be a whole number", e.getMessage());
  }

  @Test
  void exportsGoToTheConfiguredFolderElseToExportsInTheDataFolder() {
    assertEquals("/data/out", configured(null, "/data/out").resolve(Map.of()).exportDir());
    assertEquals(
        Path.of("/srv/mynacard/exports").toString(),
        configured(null, null).resolve(Map.of()).exportDir());
  }

  @Test
  void anExportDirOutsideTheExportRootIsRefused(@TempDir Path root) {
    RenewalDefaults d = configured(null, null);
    d.exportRoot = Optional.of(root.toString());
    String outside = root + "/../keys";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> d.resolve(Map.of("exportDir", outside)));
    // the temporary folder's name has a long digit run: masked like anything number-shaped
    assertTrue(e.getMessage().startsWith("exportDir '/tmp/"), e.getMessage());
    assertTrue(e.getMessage().contains("/../keys' lies outside the export root"), e.getMessage());
  }
}
