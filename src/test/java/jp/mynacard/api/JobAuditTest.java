package jp.mynacard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a job's audit line records of its parameters. */
class JobAuditTest {
  @Test
  void pathsAreRecordedAsTheirSha256AndOtherParametersAsGiven() {
    String described =
        JobAudit.described(
            Map.of(
                "inputFile", "/srv/imports/yamada-taro.csv",
                "exportDir", "/srv/exports",
                "chunkSize", "500"));
    assertFalse(described.contains("yamada"), described);
    assertFalse(described.contains("/srv"), described);
    assertEquals(
        "{chunkSize=500, exportDir="
            + JobAudit.sha256("/srv/exports")
            + ", inputFile="
            + JobAudit.sha256("/srv/imports/yamada-taro.csv")
            + "}",
        described);
    // the SHA-256 of "abc", so an auditor can check a path with any sha256sum
    assertEquals(
        "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        JobAudit.sha256("abc"));
    assertTrue(JobAudit.described(Map.of()).equals("{}"));
    // a hash keeps its digits, a number typed into another parameter does not
    // (this path's SHA-256 holds "980439230086")
    String digits = JobAudit.sha256("/srv/imports/registry-9.csv");
    assertTrue(digits.contains("980439230086"), digits);
    assertEquals(
        "{asOf=[number hidden], inputFile=" + digits + "}",
        JobAudit.described(
            Map.of("inputFile", "/srv/imports/registry-9.csv", "asOf", "123456789018")));
  }
}
