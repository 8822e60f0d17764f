package jp.mynacard.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.mynacard.card.Actor;
import jp.mynacard.registry.AuditEntry;
import jp.mynacard.registry.AuditLog;
import jp.mynacard.validity.NumberMask;

/**
 * Audits what an operator does to jobs through our API (start, restart, stop): who, which job and
 * execution, with which parameters. Paths are recorded as their SHA-256 ({@code sha256:…}): a file
 * name can carry a resident's name or a date, and an auditor checks a path by hashing it. Each line
 * is its own transaction, written once the job operator accepted the request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobAudit {
  static final Set<String> PATHS = Set.of("inputFile", "exportDir");

  @Inject AuditLog audit;

  public void record(
      Actor actor, String action, String jobName, long executionId, Map<String, String> params) {
    audit.append(
        new AuditEntry(
            actor.principal(),
            actor.role(),
            action,
            "JOB",
            Long.toString(executionId),
            null,
            null,
            "api",
            "job " + NumberMask.mask(jobName) + " " + described(params)));
  }

  /**
   * Parameters in name order, paths hashed, other values masked as every text we write is (the
   * hashes are not: a hex digest may hold twelve digits in a row).
   */
  static String described(Map<String, String> params) {
    StringBuilder text = new StringBuilder("{");
    new TreeMap<>(params)
        .forEach(
            (name, value) -> {
              if (text.length() > 1) {
                text.append(", ");
              }
              text.append(NumberMask.mask(name))
                  .append('=')
                  .append(
                      PATHS.contains(name) && value != null
                          ? sha256(value)
                          : NumberMask.mask(String.valueOf(value)));
            });
    return text.append('}').toString();
  }

  static String sha256(String path) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
