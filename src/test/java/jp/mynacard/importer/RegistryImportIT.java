package jp.mynacard.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.mynacard.registry.CardStatus;
import jp.mynacard.registry.CertificateStatus;
import jp.mynacard.registry.RevocationReason;
import jp.mynacard.testing.BatchClient;
import jp.mynacard.testing.ItDeployment;
import jp.mynacard.testing.ItIds;
import jp.mynacard.testing.ItJobs;
import jp.mynacard.testing.ItRegistry;
import jp.mynacard.testing.RegistryRows;
import jp.mynacard.testing.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry-import job in Liberty, started through the batch REST API as a scheduler would, with
 * its results read back from the registry and the report files. Runs inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryImportIT {
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  @Deployment
  static WebArchive deployment() {
    return ItDeployment.war();
  }

  @Inject ItRegistry registry;

  @Test
  void importsEveryGoodRowRejectsEachBadRowWithItsLineAndReportsAnomalies() throws Exception {
    ItIds ids = ItIds.fresh();
    List<byte[]> lines = new ArrayList<>();
    lines.add(line(RegistryRows.header()));
    lines.add(line(ids.national(1).csv())); // line 2
    lines.add(
        line(
            ids.national(2)
                .set("nationality", "VN")
                .set("residence_status", "STUDENT")
                .set("stay_expires_on", "2027-03-31")
                .set("birth_date", "2000-04-02")
                .set("card_application_received_on", "2024-03-01")
                .set("card_issued_on", "2024-04-10")
                .set("card_expires_on", "")
                .set("user_cert_issued_on", "2024-04-10")
                .set("user_cert_expires_on", "")
                .set("sign_cert_issued_on", "2024-04-10")
                .set("sign_cert_expires_on", "")
                .set("language", "vi")
                .csv())); // line 3
    lines.add(
        line(
            ids.national(3)
                .set("birth_date", "2000-02-29")
                .set("card_application_received_on", "2021-02-01")
                .set("card_issued_on", "2021-03-01")
                .set("card_expires_on", "2031-02-28")
                .set("user_cert_issued_on", "2021-03-01")
                .set("user_cert_expires_on", "2026-02-28")
                .set("sign_cert_issued_on", "2021-03-01")
                .set("sign_cert_expires_on", "2026-02-28")
                .csv())); // line 4
    lines.add(line(ids.national(4).set("card_expires_on", "2031-06-15").csv())); // line 5
    lines.add(line(ids.national(5).withoutCard().csv())); // line 6
    lines.add(
        line(
            ids.national(6)
                .set("birth_date", "2012-05-05")
                .set("card_application_received_on", "2022-12-01")
                .set("card_issued_on", "2023-01-10")
                .set("card_expires_on", "2027-05-05")
                .set("user_cert_issued_on", "2023-01-10")
                .set("user_cert_expires_on", "2027-05-05")
                .set("sign_cert_serial", "")
                .set("sign_cert_issued_on", "")
                .set("sign_cert_expires_on", "")
                .csv())); // line 7
    lines.add(
        line(
            ids.national(7)
                .set("individual_number", TestNumbers.wrongCheckDigit(ids.numberBase() + 7))
                .csv())); // line 8
    lines.add(line(ids.national(8).set("birth_date", "2023-02-29").csv())); // line 9
    lines.add(line(ids.national(9).set("family_name", "").csv())); // line 10
    lines.add(line(ids.national(10).set("address", "あ".repeat(20_000)).csv())); // line 11
    lines.add(line(ids.national(11).csv().replace("みらい市", "\"みらい市"))); // line 12
    lines.add(line(ids.national(12).csv())); // line 13
    lines.add(line(ids.national(13).csv() + ",extra")); // line 14
    lines.add(latin1Bytes(ids.national(14).csv().replace("山田", "\u00ff"))); // line 15
    lines.add(line(ids.national(1).set("individual_number", ids.number(15)).csv())); // line 16
    Path input = write(lines);

    JsonObject execution = run(input);

    assertEquals("COMPLETED", execution.getString("batchStatus"));
    assertEquals("4", execution.getString("exitStatus"));
    List<List<String>> rejects = csv(Path.of(input + ".rejects.csv"));
    assertEquals(List.of("line", "resident_id", "column", "reason"), rejects.get(0));
    assertEquals(
        List.of("8", "9", "10", "11", "12", "14", "15", "16"),
        rejects.stream().skip(1).map(r -> r.get(0)).toList());
    assertEquals(
        List.of(
            "individual_number", "birth_date", "family_name", "address", "", "", "", "resident_id"),
        rejects.stream().skip(1).map(r -> r.get(2)).toList());
    assertTrue(rejects.get(5).get(3).contains("unbalanced double quote"), rejects.get(5).get(3));
    assertTrue(rejects.get(6).get(3).contains("has 29 fields"), rejects.get(6).get(3));
    assertTrue(rejects.get(7).get(3).contains("not valid UTF-8"), rejects.get(7).get(3));
    assertTrue(rejects.get(8).get(3).contains("first at line 2"), rejects.get(8).get(3));

    assertNotNull(registry.resident(ids.resident(1)));
    assertNotNull(registry.resident(ids.resident(12)), "the row after the unbalanced quote");
    assertEquals(7, registry.residentsStartingWith(ids.prefix()));
    assertEquals(LocalDate.of(2027, 3, 31), registry.card("C" + ids.resident(2)).getExpiresOn());
    assertEquals(LocalDate.of(2031, 2, 28), registry.card("C" + ids.resident(3)).getExpiresOn());
    assertNull(registry.resident(ids.resident(5)).getCurrentCardId());
    assertNull(registry.card("C" + ids.resident(6)).getSignCertSerial());

    List<List<String>> anomalies = csv(Path.of(input + ".anomalies.csv"));
    assertEquals(2, anomalies.size(), anomalies.toString());
    assertEquals(
        List.of("5", ids.resident(4), "card_expires_on", "2031-06-15", "2030-06-15"),
        anomalies.get(1).subList(0, 5));
    assertEquals(
        LocalDate.of(2031, 6, 15),
        registry.card("C" + ids.resident(4)).getExpiresOn(),
        "the recorded date is kept");
  }

  @Test
  void aChangeOfAddressRevokesTheSignatureCertificateAndIsAudited() throws Exception {
    ItIds ids = ItIds.fresh();
    RegistryRows row = ids.national(1);
    assertEquals(
        "0",
        run(write(List.of(line(RegistryRows.header()), line(row.csv())))).getString("exitStatus"));
    String signSerial = registry.card("C" + ids.resident(1)).getSignCertSerial();
    String userSerial = registry.card("C" + ids.resident(1)).getUserCertSerial();

    row.set("address", "みらい市桜台4丁目5番6号").set("email", "hanako@example.jp");
    JsonObject again = run(write(List.of(line(RegistryRows.header()), line(row.csv()))));

    assertEquals("0", again.getString("exitStatus"));
    assertEquals("みらい市桜台4丁目5番6号", registry.resident(ids.resident(1)).getAddress());
    assertEquals(CertificateStatus.REVOKED, registry.certificate(signSerial).getStatus());
    assertEquals(
        RevocationReason.AFFILIATION_CHANGED,
        registry.certificate(signSerial).getRevocationReason());
    assertEquals(
        CertificateStatus.ACTIVE,
        registry.certificate(userSerial).getStatus(),
        "the user-identification certificate holds no address and stays valid");
    var actions = registry.audit(ids.resident(1)).stream().map(a -> a.getAction()).toList();
    assertTrue(actions.contains("SIGN_CERT_REVOKED"), actions.toString());
    assertTrue(
        registry.audit(ids.resident(1)).stream()
            .anyMatch(
                a ->
                    "REGISTRY_UPDATED".equals(a.getAction())
                        && a.getDetail().contains("address")
                        && a.getDetail().contains("email")));
  }

  @Test
  void aNewCardIdSupersedesThePreviousCardAndItsCertificates() throws Exception {
    ItIds ids = ItIds.fresh();
    RegistryRows row = ids.national(1);
    run(write(List.of(line(RegistryRows.header()), line(row.csv()))));
    String oldUser = registry.card("C" + ids.resident(1)).getUserCertSerial();

    row.set("card_id", "N" + ids.resident(1))
        .set("card_issued_on", "2025-01-10")
        .set("card_application_received_on", "2024-12-01")
        .set("card_expires_on", "2034-06-15")
        .set("user_cert_serial", "AB" + row.get("user_cert_serial"))
        .set("user_cert_issued_on", "2025-01-10")
        .set("user_cert_expires_on", "2029-06-15")
        .set("sign_cert_serial", "AB" + row.get("sign_cert_serial"))
        .set("sign_cert_issued_on", "2025-01-10")
        .set("sign_cert_expires_on", "2029-06-15");
    assertEquals(
        "0",
        run(write(List.of(line(RegistryRows.header()), line(row.csv())))).getString("exitStatus"));

    assertEquals("N" + ids.resident(1), registry.resident(ids.resident(1)).getCurrentCardId());
    assertEquals(CardStatus.ABOLISHED, registry.card("C" + ids.resident(1)).getStatus());
    assertEquals(RevocationReason.SUPERSEDED, registry.certificate(oldUser).getRevocationReason());
    assertEquals(CardStatus.ACTIVE, registry.card("N" + ids.resident(1)).getStatus());
  }

  /**
   * Issue 10: a certificate recorded on its 6th birthday after issue is an early renewal only when
   * the registry holds the certificate it replaced and it was issued inside that one's window (the
   * defaults expire 2025-06-15: the window opens 2025-03-16).
   */
  @Test
  void aSixthBirthdayCertificateIsAcceptedOnlyWhenItRenewedARegistryCertificateInsideItsWindow()
      throws Exception {
    ItIds ids = ItIds.fresh();
    JsonObject first =
        run(
            write(
                List.of(
                    line(RegistryRows.header()),
                    line(ids.national(1).csv()),
                    line(ids.national(2).csv()))));
    assertEquals("0", first.getString("exitStatus"), first.toString());
    RegistryRows inside = renewedUserCert(ids.national(1), "2025-04-01");
    RegistryRows before = renewedUserCert(ids.national(2), "2025-03-10");
    RegistryRows fresh = renewedUserCert(ids.national(3), "2025-04-01");
    Path input =
        write(
            List.of(
                line(RegistryRows.header()),
                line(inside.csv()),
                line(before.csv()),
                line(fresh.csv())));

    assertEquals("4", run(input).getString("exitStatus"));

    List<List<String>> rejects = csv(Path.of(input + ".rejects.csv"));
    assertEquals(1, rejects.size(), "nothing rejected: " + rejects);
    List<List<String>> anomalies = csv(Path.of(input + ".anomalies.csv"));
    assertEquals(
        List.of(
            List.of("3", ids.resident(2), "user_cert_expires_on", "2030-06-15", "2029-06-15"),
            List.of("4", ids.resident(3), "user_cert_expires_on", "2030-06-15", "2029-06-15")),
        anomalies.subList(1, anomalies.size()).stream().map(a -> a.subList(0, 5)).toList());
    assertTrue(anomalies.get(1).get(5).contains("outside the window (from 2025-03-16)"));
    assertTrue(anomalies.get(2).get(5).contains("the registry holds no certificate it replaced"));
    assertEquals(
        LocalDate.of(2030, 6, 15),
        registry.certificate(userCertOf(ids, 1)).getEffectiveExpiresOn());
    assertEquals(
        LocalDate.of(2029, 6, 15),
        registry.certificate(userCertOf(ids, 2)).getEffectiveExpiresOn());
    assertEquals(
        LocalDate.of(2029, 6, 15),
        registry.certificate(userCertOf(ids, 3)).getEffectiveExpiresOn());

    // imported again, the confirmed early renewal stays confirmed
    Path again = write(List.of(line(RegistryRows.header()), line(inside.csv())));
    assertEquals("0", run(again).getString("exitStatus"));
    assertEquals(
        LocalDate.of(2030, 6, 15),
        registry.certificate(userCertOf(ids, 1)).getEffectiveExpiresOn());
  }

  /** The card's user certificate serial as the registry keeps it (canonical: even length). */
  private String userCertOf(ItIds ids, int i) {
    return registry.card("C" + ids.resident(i)).getUserCertSerial();
  }

  private static RegistryRows renewedUserCert(RegistryRows row, String issuedOn) {
    return row.set("user_cert_serial", "AB" + row.get("user_cert_serial"))
        .set("user_cert_issued_on", issuedOn)
        .set("user_cert_expires_on", "2030-06-15");
  }

  @Test
  void aReimportOfTheSameFileChangesNothing() throws Exception {
    ItIds ids = ItIds.fresh();
    List<byte[]> lines = new ArrayList<>();
    lines.add(line(RegistryRows.header()));
    for (int i = 1; i <= 50; i++) {
      lines.add(line(ids.national(i).csv()));
    }
    Path input = write(lines);
    run(input);
    long version = registry.card("C" + ids.resident(7)).getVersion();

    assertEquals("0", run(input).getString("exitStatus"));

    assertEquals(version, registry.card("C" + ids.resident(7)).getVersion());
    assertTrue(registry.audit(ids.resident(7)).isEmpty());
  }

  @Test
  void aFileWithAnUnknownColumnIsRefusedWholeWithExitStatus8() throws Exception {
    ItIds ids = ItIds.fresh();
    Path input =
        write(
            List.of(
                line(RegistryRows.header() + ",favourite_colour"),
                line(ids.national(1).csv() + ",blue")));

    JsonObject execution = run(input);

    assertEquals("FAILED", execution.getString("batchStatus"));
    assertEquals("8", execution.getString("exitStatus"));
    List<List<String>> rejects = csv(Path.of(input + ".rejects.csv"));
    assertEquals(List.of("1", "", "favourite_colour"), rejects.get(1).subList(0, 3));
    assertNull(registry.resident(ids.resident(1)));
  }

  @Test
  void aFileWithoutARequiredColumnIsRefusedWholeWithExitStatus8() throws Exception {
    Path input = write(List.of(line(RegistryRows.header().replace(",sex", ""))));

    JsonObject execution = run(input);

    assertEquals("8", execution.getString("exitStatus"));
    assertTrue(csv(Path.of(input + ".rejects.csv")).get(1).get(3).contains("missing column(s)"));
  }

  @Test
  void windows31jInputImportsWithTheEncodingParameterAndIsRejectedAsUtf8() throws Exception {
    ItIds ids = ItIds.fresh();
    String text = RegistryRows.header() + "\r\n" + ids.national(1).csv() + "\r\n";
    Path input = Files.createTempDirectory("import-it").resolve("sjis.csv");
    Files.write(input, text.getBytes("windows-31j"));

    JsonObject asUtf8 = run(input);
    assertEquals("4", asUtf8.getString("exitStatus"));
    assertNull(registry.resident(ids.resident(1)));

    JsonObject asSjis = run(input, Map.of("encoding", "windows-31j"));
    assertEquals("0", asSjis.getString("exitStatus"));
    assertEquals("山田", registry.resident(ids.resident(1)).getFamilyName());
  }

  @Test
  void noIndividualNumberAppearsInReportsLogsOrJobLogs() throws Exception {
    ItIds ids = ItIds.fresh();
    List<byte[]> lines = new ArrayList<>();
    lines.add(line(RegistryRows.header()));
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      RegistryRows row = ids.national(i);
      if (i % 3 == 0) {
        row.set("birth_date", "1999-02-30"); // rejected: the reason must not echo the number
      }
      if (i % 5 == 0) {
        row.set("resident_id", row.get("individual_number")); // a shifted column
      }
      if (i % 7 == 0) {
        row.set("sex", row.get("individual_number"));
      }
      numbers.add(row.get("individual_number"));
      lines.add(line(row.csv()));
    }
    Path input = write(lines);
    JsonObject end = run(input);

    // the job ran to its end and judged every row: a scan of an import that never read the file
    // would find nothing and prove nothing
    assertEquals("4", end.getString("exitStatus"), "rows rejected: " + end);
    List<List<String>> rejects = csv(Path.of(input + ".rejects.csv"));
    assertEquals(
        List.of("4", "6", "7", "8", "10", "11", "13", "15", "16", "19", "21"),
        rejects.subList(1, rejects.size()).stream().map(r -> r.get(0)).toList(),
        "the lines of the rows with a bad date, a shifted column or a number as sex");
    String jobLog = BatchClient.insideServer().jobLogs(ItJobs.instance(end));
    assertTrue(jobLog.contains("registry-import"), jobLog);
    Map<String, String> searched = new java.util.LinkedHashMap<>();
    searched.put("the job log", jobLog);
    for (String report : List.of(".rejects.csv", ".anomalies.csv")) {
      searched.put(report, Files.readString(Path.of(input + report), StandardCharsets.UTF_8));
    }
    // every file under logs/: messages, trace, FFDC, and the job logs of all jobs, this one's too
    Path logs = Path.of(System.getProperty("server.output.dir"), "logs");
    try (Stream<Path> files = Files.walk(logs)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        searched.put(f.toString(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    assertTrue(
        searched.containsKey(logs.resolve("messages.log").toString()),
        searched.keySet().toString());
    String ownJobLog = "/instance." + ItJobs.instance(end) + "/";
    assertTrue(
        searched.keySet().stream().anyMatch(f -> f.contains("joblogs") && f.contains(ownJobLog)),
        "this import's job log is among the files searched: " + searched.keySet());
    for (var file : searched.entrySet()) {
      for (String number : numbers) {
        assertFalse(
            file.getValue().contains(number), "an Individual Number appears in " + file.getKey());
      }
    }
  }

  /**
   * Issue 11: a file without its header row, or with a mistyped one, is refused whole; its first
   * row (a resident's values, Individual Number included) is echoed nowhere: not in the rejects
   * file, not in any server log, not in the job log an operator reads through the REST API.
   */
  @Test
  void aFileWithoutItsHeaderOrWithAMistypedOneEchoesNoNumberAnywhere() throws Exception {
    ItIds ids = ItIds.fresh();
    String number = ids.number(1);
    String fullWidth = toFullWidth(number);
    String spaced =
        number.substring(0, 4) + " " + number.substring(4, 8) + " " + number.substring(8);
    List<Path> inputs =
        List.of(
            write(List.of(line(ids.national(1).csv()), line(ids.national(2).csv()))),
            write(List.of(line(RegistryRows.header().replace("individual_number", fullWidth)))),
            write(List.of(line(RegistryRows.header().replace("family_name,", spaced + ",")))));
    BatchClient batch = BatchClient.insideServer();
    StringBuilder jobLogs = new StringBuilder();
    for (Path input : inputs) {
      long instance = batch.start("registry-import", Map.of("inputFile", input.toString()));
      JsonObject end = batch.awaitEnd(instance, TIMEOUT);
      assertEquals("8", end.getString("exitStatus"), input.toString());
      jobLogs.append(batch.jobLogs(instance));
    }

    List<List<String>> rejects = csv(Path.of(inputs.get(0) + ".rejects.csv"));
    assertEquals(List.of("1", "", "column 1 (not a column name)"), rejects.get(1).subList(0, 3));
    assertTrue(rejects.get(1).get(3).contains("column 2 (not a column name)"), rejects.toString());
    List<String> texts = new ArrayList<>(List.of(jobLogs.toString()));
    for (Path input : inputs) {
      texts.add(Files.readString(Path.of(input + ".rejects.csv"), StandardCharsets.UTF_8));
    }
    texts.addAll(serverLogs());
    for (String text : texts) {
      for (String form : List.of(number, fullWidth, spaced, ids.number(2))) {
        assertFalse(text.contains(form), "a number appears: " + form);
      }
    }
  }

  /** Issue 11: the job checks its own parameters, also when started around our API. */
  @Test
  void badParametersFailTheImportStartedThroughLibertysRestApiWithExitStatus8() throws Exception {
    ItIds ids = ItIds.fresh();
    Path input = write(List.of(line(RegistryRows.header()), line(ids.national(1).csv())));
    for (Map<String, String> bad :
        List.of(
            Map.of("chunkSize", "1000000000"),
            Map.of("partitions", "0"),
            Map.of("encoding", "ebcdic"),
            Map.of("dryRun", "yes"),
            Map.of("confirmMassChanges", "1"),
            Map.of("inputfile", "/tmp/x"))) {
      JsonObject end = run(input, bad);
      assertEquals("FAILED", end.getString("batchStatus"), bad.toString());
      assertEquals("8", end.getString("exitStatus"), bad.toString());
    }
    assertNull(registry.resident(ids.resident(1)));
  }

  /**
   * Issue 11: an inputFile outside the import root or behind a link is refused by the job itself
   * (Liberty's REST API bypasses ours), and nothing of the file reaches a log or a report.
   */
  @Test
  void anInputFileOutsideTheImportRootOrBehindALinkFailsTheJobAndNothingOfItIsLogged()
      throws Exception {
    Path link = Files.createTempDirectory("import-it").resolve("environ.csv");
    Files.createSymbolicLink(link, Path.of("/proc/self/environ"));
    BatchClient batch = BatchClient.insideServer();
    StringBuilder jobLogs = new StringBuilder();
    for (String input : List.of("/proc/self/environ", "/etc/passwd", link.toString())) {
      long instance = batch.start("registry-import", Map.of("inputFile", input));
      JsonObject end = batch.awaitEnd(instance, TIMEOUT);
      assertEquals("8", end.getString("exitStatus"), input);
      jobLogs.append(batch.jobLogs(instance));
    }

    assertTrue(jobLogs.toString().contains("lies outside the import root"), jobLogs.toString());
    assertTrue(jobLogs.toString().contains("symbolic link"), jobLogs.toString());
    assertFalse(Files.exists(Path.of(link + ".rejects.csv")), "nothing written beside a link");
    String secret = System.getenv("MYNACARD_OPERATOR_PASSWORD");
    List<String> texts = new ArrayList<>(List.of(jobLogs.toString()));
    texts.addAll(serverLogs());
    for (String text : texts) {
      assertFalse(text.contains(secret), "the server's environment reached a log");
      assertFalse(text.contains("root:x:0:0"), "/etc/passwd reached a log");
    }
  }

  /** Issue 11: a link placed where the rejects file goes is not followed. */
  @Test
  void aSymbolicLinkAtTheRejectsPathIsReplacedAndItsTargetUnchanged() throws Exception {
    ItIds ids = ItIds.fresh();
    Path input =
        write(
            List.of(
                line(RegistryRows.header()),
                line(ids.national(1).set("birth_date", "1999-02-30").csv())));
    Path victim = Files.writeString(input.resolveSibling("victim.txt"), "keep me");
    Path rejects = Path.of(input + ".rejects.csv");
    Files.createSymbolicLink(rejects, victim);

    assertEquals("4", run(input).getString("exitStatus"));

    assertEquals("keep me", Files.readString(victim));
    assertFalse(Files.isSymbolicLink(rejects));
    assertEquals(2, csv(rejects).size(), "header and the rejected row");
    assertEquals(
        "rw-------",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(rejects)));
  }

  /** Issue 11: an extract that only re-formats names and addresses revokes nothing. */
  @Test
  void aReformattedExtractRevokesNoSignatureCertificate() throws Exception {
    ItIds ids = ItIds.fresh();
    RegistryRows kana = ids.national(1).set("given_name", "ガク");
    RegistryRows spaced = ids.national(2).set("family_name", "GARCIA LOPEZ");
    RegistryRows address = ids.national(3);
    run(
        write(
            List.of(
                line(RegistryRows.header()),
                line(kana.csv()),
                line(spaced.csv()),
                line(address.csv()))));

    kana.set("given_name", java.text.Normalizer.normalize("ガク", java.text.Normalizer.Form.NFD));
    spaced.set("family_name", "GARCIA\u3000LOPEZ ");
    address.set("address", " " + address.get("address") + "\u3000");
    JsonObject again =
        run(
            write(
                List.of(
                    line(RegistryRows.header()),
                    line(kana.csv()),
                    line(spaced.csv()),
                    line(address.csv()))));

    assertEquals("0", again.getString("exitStatus"));
    for (int i = 1; i <= 3; i++) {
      String sign = registry.card("C" + ids.resident(i)).getSignCertSerial();
      assertEquals(
          CertificateStatus.ACTIVE, registry.certificate(sign).getStatus(), "resident " + i);
    }
  }

  /**
   * Issue 11: an extract that would revoke the signature certificates of 30 of the 100 residents it
   * touches (more than 1 %, more than 20) stops before changing anything, with exit status 8, and
   * reports what it would change; restarted with confirmMassChanges=true it goes through, audited
   * in the name of the operator who submitted it.
   */
  @Test
  void anImportRevokingThirtyPercentOfSignatureCertificatesStopsWithExit8AndChangesNothing()
      throws Exception {
    ItIds ids = ItIds.fresh();
    List<RegistryRows> rows = hundredRegistered(ids);
    Path input = write(movedThirty(rows));

    BatchClient batch = BatchClient.insideServer();
    long instance = batch.start("registry-import", Map.of("inputFile", input.toString()));
    JsonObject refused = batch.awaitEnd(instance, TIMEOUT);

    assertEquals("FAILED", refused.getString("batchStatus"));
    assertEquals("8", refused.getString("exitStatus"));
    for (int i = 1; i <= 30; i++) {
      assertEquals("みらい市中央1丁目2番3号", registry.resident(ids.resident(i)).getAddress());
      assertEquals(
          CertificateStatus.ACTIVE,
          registry
              .certificate(registry.card("C" + ids.resident(i)).getSignCertSerial())
              .getStatus());
      assertTrue(registry.audit(ids.resident(i)).isEmpty(), "nothing audited: nothing changed");
    }
    List<List<String>> changes = csv(Path.of(input + ".changes.csv"));
    assertEquals(List.of("line", "resident_id", "change", "target", "reason"), changes.get(0));
    List<List<String>> revocations =
        changes.stream().filter(c -> c.get(2).equals("SIGN_CERT_REVOKED")).toList();
    assertEquals(30, revocations.size(), changes.toString());
    assertEquals(List.of("2", ids.resident(1)), revocations.get(0).subList(0, 2));
    assertEquals(
        registry.card("C" + ids.resident(1)).getSignCertSerial(), revocations.get(0).get(3));
    assertTrue(revocations.get(0).get(4).startsWith("AFFILIATION_CHANGED"), revocations.toString());
    assertNoNumberIn(Path.of(input + ".changes.csv"), ids);
    assertEquals(
        "rw-------",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(Path.of(input + ".changes.csv"))));
    assertTrue(
        batch.jobLogs(instance).contains("registry-import refused, nothing changed"),
        "the job log says why");

    batch.restart(instance, Map.of("confirmMassChanges", "true"));
    JsonObject confirmed = batch.awaitEnd(instance, TIMEOUT);

    assertEquals("COMPLETED", confirmed.getString("batchStatus"));
    assertEquals("0", confirmed.getString("exitStatus"));
    for (int i = 1; i <= 30; i++) {
      String sign = registry.card("C" + ids.resident(i)).getSignCertSerial();
      assertEquals(
          RevocationReason.AFFILIATION_CHANGED, registry.certificate(sign).getRevocationReason());
    }
    assertEquals(
        CertificateStatus.ACTIVE,
        registry
            .certificate(registry.card("C" + ids.resident(31)).getSignCertSerial())
            .getStatus());
    var audit = registry.audit(ids.resident(1));
    assertTrue(
        audit.stream().anyMatch(a -> a.getAction().equals("SIGN_CERT_REVOKED")), audit.toString());
    assertTrue(
        audit.stream().allMatch(a -> a.getPrincipal().equals("operator")),
        "the operator who submitted the import: "
            + audit.stream().map(a -> a.getPrincipal()).toList());
  }

  /** Issue 11: confirmMassChanges=true from the start lets a mass change through at once. */
  @Test
  void confirmMassChangesLetsAnImportRevokingThirtyPercentThrough() throws Exception {
    ItIds ids = ItIds.fresh();
    Path input = write(movedThirty(hundredRegistered(ids)));

    BatchClient batch = BatchClient.insideServer();
    long instance =
        batch.start(
            "registry-import", Map.of("inputFile", input.toString(), "confirmMassChanges", "true"));
    JsonObject end = batch.awaitEnd(instance, TIMEOUT);

    assertEquals("0", end.getString("exitStatus"));
    assertTrue(
        batch.jobLogs(instance).contains("checkChanges skipped: confirmMassChanges=true"),
        "nothing to check: it goes through whatever the check would find");
    assertFalse(Files.exists(Path.of(input + ".changes.csv")), "only a stopped import has one");
    for (int i = 1; i <= 30; i++) {
      String sign = registry.card("C" + ids.resident(i)).getSignCertSerial();
      assertEquals(CertificateStatus.REVOKED, registry.certificate(sign).getStatus());
    }
    assertEquals("みらい市桜台4丁目5番6号", registry.resident(ids.resident(30)).getAddress());
  }

  /** Twenty revocations are never refused, whatever share of the file they are. */
  @Test
  void twentyRevocationsGoThroughUnconfirmed() throws Exception {
    ItIds ids = ItIds.fresh();
    List<RegistryRows> rows = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      rows.add(ids.national(i));
    }
    assertEquals("0", run(write(csvLines(rows))).getString("exitStatus"));
    rows.forEach(r -> r.set("address", "みらい市桜台4丁目5番6号"));

    assertEquals("0", run(write(csvLines(rows))).getString("exitStatus"));

    String sign = registry.card("C" + ids.resident(20)).getSignCertSerial();
    assertEquals(CertificateStatus.REVOKED, registry.certificate(sign).getStatus());
  }

  /**
   * Issue 11: a dry run checks the whole file and writes its reports, the rejects and what it would
   * change, and nothing else: no resident created or changed, nothing audited; it ends as the real
   * run would have (4: a row is rejected), also over the mass-change limit.
   */
  @Test
  void aDryRunReportsWhatItWouldChangeAndWritesNothing() throws Exception {
    ItIds ids = ItIds.fresh();
    List<RegistryRows> rows = hundredRegistered(ids);
    List<byte[]> lines = movedThirty(rows);
    lines.add(line(ids.national(101).csv())); // line 102: a new resident
    lines.add(line(ids.national(102).set("birth_date", "1999-02-30").csv())); // line 103
    Path input = write(lines);

    JsonObject end = run(input, Map.of("dryRun", "true"));

    assertEquals("COMPLETED", end.getString("batchStatus"));
    assertEquals("4", end.getString("exitStatus"));
    assertNull(registry.resident(ids.resident(101)), "no resident created");
    assertEquals("みらい市中央1丁目2番3号", registry.resident(ids.resident(1)).getAddress());
    String sign = registry.card("C" + ids.resident(1)).getSignCertSerial();
    assertEquals(CertificateStatus.ACTIVE, registry.certificate(sign).getStatus());
    assertTrue(registry.audit(ids.resident(1)).isEmpty());
    List<List<String>> rejects = csv(Path.of(input + ".rejects.csv"));
    assertEquals(List.of("103", ids.resident(102), "birth_date"), rejects.get(1).subList(0, 3));
    assertEquals(
        30,
        csv(Path.of(input + ".changes.csv")).stream()
            .filter(c -> c.get(2).equals("SIGN_CERT_REVOKED"))
            .count());
    assertTrue(Files.exists(Path.of(input + ".anomalies.csv")));
    assertNoNumberIn(Path.of(input + ".changes.csv"), ids);
  }

  /** 100 residents imported, each with a card and both certificates; their rows. */
  private List<RegistryRows> hundredRegistered(ItIds ids) throws Exception {
    List<RegistryRows> rows = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      rows.add(ids.national(i));
    }
    assertEquals("0", run(write(csvLines(rows))).getString("exitStatus"));
    return rows;
  }

  /** The rows again, the first 30 residents moved: their signature certificates lapse. */
  private static List<byte[]> movedThirty(List<RegistryRows> rows) {
    for (int i = 0; i < 30; i++) {
      rows.get(i).set("address", "みらい市桜台4丁目5番6号");
    }
    return csvLines(rows);
  }

  private static List<byte[]> csvLines(List<RegistryRows> rows) {
    List<byte[]> lines = new ArrayList<>();
    lines.add(line(RegistryRows.header()));
    rows.forEach(r -> lines.add(line(r.csv())));
    return lines;
  }

  /** No run of twelve digits, nor any of the residents' numbers, in a report. */
  private static void assertNoNumberIn(Path report, ItIds ids) throws Exception {
    String text = Files.readString(report, StandardCharsets.UTF_8);
    assertFalse(java.util.regex.Pattern.compile("\\d{12}").matcher(text).find(), text);
    for (int i = 1; i <= 102; i++) {
      assertFalse(text.contains(ids.number(i)), "a number in " + report);
    }
  }

  /** Every file under the server's logs folder, as text. */
  private static List<String> serverLogs() throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files =
        Files.walk(Path.of(System.getProperty("server.output.dir"), "logs"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  private static String toFullWidth(String digits) {
    StringBuilder b = new StringBuilder();
    digits.chars().forEach(c -> b.append((char) (c - '0' + '\uFF10')));
    return b.toString();
  }

  private static JsonObject run(Path input) throws Exception {
    return run(input, Map.of());
  }

  private static JsonObject run(Path input, Map<String, String> more) throws Exception {
    BatchClient batch = BatchClient.insideServer();
    var params = new java.util.HashMap<>(more);
    params.put("inputFile", input.toString());
    long instance = batch.start("registry-import", params);
    return batch.awaitEnd(instance, TIMEOUT);
  }

  private static Path write(List<byte[]> lines) throws Exception {
    Path input = Files.createTempDirectory("import-it").resolve("registry.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] l : lines) {
      out.write(l);
      out.write('\r');
      out.write('\n');
    }
    Files.write(input, out.toByteArray());
    return input;
  }

  private static byte[] line(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A line whose non-ASCII characters are single Latin-1 bytes: not valid UTF-8. */
  private static byte[] latin1Bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static List<List<String>> csv(Path file) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (var parser =
        org.apache.commons.csv.CSVParser.parse(
            file, StandardCharsets.UTF_8, org.apache.commons.csv.CSVFormat.RFC4180)) {
      parser.forEach(r -> rows.add(r.toList()));
    }
    return rows;
  }
}
