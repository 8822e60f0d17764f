package jp.mynacard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mynacard.pki.SigningIdentity;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.ItJobs;
import jp.mynacard.testing.OpenSsl;
import jp.mynacard.testing.RegistryRows;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's promises on the vendor export, through the renewal-notices job rather than the
 * export classes alone (issue 12): a Windows-31J export leaves out, lists and warns about a letter
 * it cannot encode; with a vendor certificate the vendor decrypts the files with openssl; rows
 * follow letter_id. Each test tells its own residents on an as-of date of its own in 2035.
 */
@ExtendWith(ArquillianExtension.class)
class ExportThroughJobIT {
  private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  /** 𠮷 (U+20BB7, tsuchi-yoshi): outside JIS X 0208, Windows-31J cannot write it. */
  private static final String YOSHI = new String(Character.toChars(0x20BB7));

  @Deployment
  static WebArchive deployment() {
    return ItDeployment.war().addClass(SwitchableExportSettings.class);
  }

  @Inject SwitchableExportSettings settings;

  @AfterEach
  void defaultSettings() {
    settings.reset();
  }

  @Test
  void aWindows31jExportLeavesOutAndListsALetterItCannotEncodeAndEndsWith4() throws Exception {
    ItIds ids = ItIds.fresh();
    imported(born(ids, 1, "09-15").set("family_name", YOSHI + "田"), born(ids, 2, "09-15"));
    settings.use(WINDOWS_31J, null);
    Path exportDir = Files.createTempDirectory("it-export");

    JsonObject run = renew("2035-07-01", exportDir, Map.of());

    assertEquals("COMPLETED", run.getString("batchStatus"));
    assertEquals("4", run.getString("exitStatus"));
    long runId = ItJobs.instance(run);
    Path dir = exportDir.resolve("2035-07-01");
    String base = "notices-2035-07-01-" + runId;
    String csv = new String(Files.readAllBytes(dir.resolve(base + ".csv")), WINDOWS_31J);
    String left = letterId("20350701", runId, ids, 1);
    String kept = letterId("20350701", runId, ids, 2);
    assertTrue(csv.contains(kept + ","), csv);
    assertTrue(csv.contains("山田 花子"), "written in Windows-31J: " + csv);
    assertFalse(csv.contains(left), csv);
    List<String> unencodable =
        Files.readAllLines(dir.resolve(base + ".unencodable.csv"), WINDOWS_31J);
    assertEquals(List.of("letter_id,column,character", left + ",addressee,U+20BB7"), unencodable);
    JsonObject manifest = manifest(dir);
    assertEquals("windows-31j", manifest.getString("encoding").toLowerCase());
    assertTrue(manifest.getInt("excludedLetters") >= 1, manifest.toString());
  }

  @Test
  void withAVendorCertificateTheVendorDecryptsTheExportWithOpenssl() throws Exception {
    ItIds ids = ItIds.fresh();
    imported(born(ids, 1, "05-15"));
    Path keys = Files.createTempDirectory("it-vendor");
    SigningIdentity.generatedIfAbsent(
        keys.resolve("vendor-key.pem"), keys.resolve("vendor.pem"), "CN=test mailing vendor");
    settings.use(StandardCharsets.UTF_8, keys.resolve("vendor.pem"));
    Path exportDir = Files.createTempDirectory("it-export");

    JsonObject run = renew("2035-03-01", exportDir, Map.of());

    long runId = ItJobs.instance(run);
    Path dir = exportDir.resolve("2035-03-01");
    Path notices = dir.resolve("notices-2035-03-01-" + runId + ".csv.p7m");
    Path texts = dir.resolve("notice-texts-2035-03-01-" + runId + ".csv.p7m");
    assertFalse(Files.exists(dir.resolve("notices-2035-03-01-" + runId + ".csv")), "plaintext");
    String csv =
        new String(
            OpenSsl.cmsDecrypt(notices, keys.resolve("vendor-key.pem")), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith(String.join(",", ExportLayout.HEADER) + "\r\n"), csv);
    String letter = letterId("20350301", runId, ids, 1);
    assertTrue(csv.contains(letter + ","), csv);
    String printable =
        new String(
            OpenSsl.cmsDecrypt(texts, keys.resolve("vendor-key.pem")), StandardCharsets.UTF_8);
    assertTrue(printable.contains(letter + ","), printable);
    assertTrue(manifest(dir).toString().contains(ExportManifest.sha256(notices)));
    Path signer =
        Path.of(
            System.getProperty("server.output.dir"),
            "mynacard/keys/export-signing-certificate.pem");
    assertEquals(0, OpenSsl.cmsVerify(notices, Path.of(notices + ".p7s"), signer));
  }

  @Test
  void theNoticesCsvListsItsRowsInLetterIdOrder() throws Exception {
    ItIds ids = ItIds.fresh();
    // resident ids 1..12 sort as 1, 10, 11, 12, 2, ...: imported backwards, told by two partitions
    List<RegistryRows> rows = new ArrayList<>();
    for (int i = 12; i >= 1; i--) {
      rows.add(born(ids, i, "11-15"));
    }
    imported(rows.toArray(RegistryRows[]::new));
    Path exportDir = Files.createTempDirectory("it-export");

    JsonObject run = renew("2035-10-01", exportDir, Map.of("partitions", "2"));

    long runId = ItJobs.instance(run);
    List<String> letterIds =
        Files.readAllLines(
                exportDir.resolve("2035-10-01/notices-2035-10-01-" + runId + ".csv"),
                StandardCharsets.UTF_8)
            .stream()
            .skip(1)
            .map(l -> l.substring(0, l.indexOf(',')))
            .toList();
    assertEquals(letterIds.stream().sorted().toList(), letterIds);
    assertEquals(
        12,
        letterIds.stream().filter(l -> l.contains("-" + ids.prefix())).count(),
        letterIds.toString());
  }

  /**
   * A national born on {@code monthDay} 1980 whose card was issued 2026-01-10: the card expires on
   * that day in 2035, the certificates in 2030.
   */
  private static RegistryRows born(ItIds ids, int i, String monthDay) {
    return ids.national(i)
        .set("birth_date", "1980-" + monthDay)
        .set("card_application_received_on", "2025-12-01")
        .set("card_issued_on", "2026-01-10")
        .set("card_expires_on", "2035-" + monthDay)
        .set("user_cert_issued_on", "2026-01-10")
        .set("user_cert_expires_on", "2030-" + monthDay)
        .set("sign_cert_issued_on", "2026-01-10")
        .set("sign_cert_expires_on", "2030-" + monthDay);
  }

  private static void imported(RegistryRows... rows) throws Exception {
    JsonObject imported = ItJobs.importRows(List.of(rows));
    assertEquals("0", imported.getString("exitStatus"), "the fixture imports cleanly");
  }

  private static JsonObject renew(String asOf, Path exportDir, Map<String, String> more)
      throws Exception {
    Map<String, String> parameters = new HashMap<>(more);
    parameters.put("asOf", asOf);
    parameters.put("allowDistantAsOf", "true");
    parameters.put("exportDir", exportDir.toString());
    JsonObject run = ItJobs.run("renewal-notices", parameters);
    assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    return run;
  }

  private static String letterId(String asOf, long runId, ItIds ids, int i) {
    return "L" + asOf + "-" + runId + "-" + ids.resident(i);
  }

  private static JsonObject manifest(Path dir) throws Exception {
    return Json.createReader(new StringReader(Files.readString(dir.resolve("manifest.json"))))
        .readObject();
  }
}
