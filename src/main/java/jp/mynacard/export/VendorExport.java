package jp.mynacard.export;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import jp.mynacard.batch.SafeFiles;
import jp.mynacard.notice.LetterRenderer;
import jp.mynacard.pki.DetachedSignature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a run's export into {@code exportDir/<asOf>/}: {@code notices-<asOf>-<run>.csv} and the
 * letters' printable texts in {@code notice-texts-<asOf>-<run>.csv} (each {@code .csv.p7m} when
 * encrypted to the vendor), a {@code .p7s} detached signature of each file, {@code
 * notices-<asOf>-<run>.unencodable.csv} when letters had to be left out, {@code
 * notices-<asOf>-<run>.dates-differ.csv} when told items' recorded and computed expiry differ (for
 * a clerk: told on the earlier), and {@code manifest.json}. Every file is written under a {@code
 * .partial} name and renamed when whole; the manifest comes last, so a vendor that waits for it
 * never reads half a file. Everything comes from the run's letters, what the run decided about
 * e-mail instead of paper (recorded once) and the run's start time, so writing again gives the same
 * bytes. Earlier runs' letters printed because their e-mail did not arrive or because the address
 * they were held back for changed come first, then the run's own.
 */
@ApplicationScoped
public class VendorExport {
  static final int PAGE = 2_000;
  static final String[] DATES_DIFFER_HEADER = {
    "letter_id", "item", "recorded_expires_on", "computed_expires_on", "told_expires_on"
  };

  @Inject LetterRows letters;
  @Inject ExportSettings settings;
  @Inject LetterRenderer renderer;
  @Resource ManagedExecutorService executor;

  public ExportResult write(long runId, LocalDate asOf, Path exportDir, Instant signingTime)
      throws IOException, SQLException, GeneralSecurityException, InterruptedException {
    return write(
        runId, asOf, exportDir, signingTime, EmailInsteadOfPaper.NONE, ReturnedLetterHolds.NONE);
  }

  /**
   * @param paper the run's letters left out for e-mail and earlier letters it prints
   * @param holds the run's letters held back after a returned letter and earlier held letters it
   *     prints
   */
  public ExportResult write(
      long runId,
      LocalDate asOf,
      Path exportDir,
      Instant signingTime,
      EmailInsteadOfPaper paper,
      ReturnedLetterHolds holds)
      throws IOException, SQLException, GeneralSecurityException, InterruptedException {
    return write(runId, asOf, exportDir, signingTime, paper, holds, rows -> {});
  }

  /**
   * As above, telling {@code rowsWritten} the letters written to the CSV so far after each page (on
   * the calling thread), for the step's progress.
   */
  public ExportResult write(
      long runId,
      LocalDate asOf,
      Path exportDir,
      Instant signingTime,
      EmailInsteadOfPaper paper,
      ReturnedLetterHolds holds,
      LongConsumer rowsWritten)
      throws IOException, SQLException, GeneralSecurityException, InterruptedException {
    Path dir = SafeFiles.createDirectories(exportDir.resolve(asOf.toString()));
    String base = "notices-" + asOf + "-" + runId;
    Charset charset = settings.charset();
    DetachedSignature signature = new DetachedSignature(settings.identity());
    List<DeliveredFile> delivered = new ArrayList<>();

    VendorFiles files = new VendorFiles(settings.vendor());
    Path csv = files.partial(dir.resolve(base + ".csv"));
    Path texts = files.partial(dir.resolve("notice-texts-" + asOf + "-" + runId + ".csv"));
    long rows;
    List<Unencodable> excluded;
    try (ExportCsv out = new ExportCsv(files.open(csv), charset);
        NoticeTextsCsv textsOut = new NoticeTextsCsv(files.open(texts))) {
      if (paper.printsEarlierLetters() || holds.printedAfterAddressChange() > 0) {
        copy((after, size) -> letters.earlierPage(runId, after, size), out, textsOut, rowsWritten);
      }
      copy(
          paper.leavesOut() || holds.withheldAfterReturn() > 0
              ? (after, size) -> letters.printedPage(runId, after, size)
              : (after, size) -> letters.page(runId, after, size),
          out,
          textsOut,
          rowsWritten);
      rows = out.rows();
      excluded = out.unencodable();
    }
    delivered.add(publish(csv, signature, signingTime));
    delivered.add(publish(texts, signature, signingTime));
    if (!excluded.isEmpty()) {
      List<List<Object>> lines = new ArrayList<>();
      excluded.forEach(u -> lines.add(List.of(u.letterId(), u.column(), u.codePoint())));
      Path file = dir.resolve(base + ".unencodable.csv");
      delivered.add(
          publish(
              report(file, charset, lines, "letter_id", "column", "character"),
              signature,
              signingTime));
    }
    List<DatesDiffer> differ = letters.datesDiffer(runId);
    if (!differ.isEmpty()) {
      List<List<Object>> lines = new ArrayList<>();
      for (DatesDiffer d : differ) {
        lines.add(List.of(d.letterId(), d.item(), d.recorded(), d.computed(), d.told()));
      }
      Path file = dir.resolve(base + ".dates-differ.csv");
      delivered.add(
          publish(report(file, charset, lines, DATES_DIFFER_HEADER), signature, signingTime));
    }
    Path manifest = partial(dir.resolve("manifest.json"));
    ExportManifest.write(
        manifest,
        dir.resolve("manifest.json"),
        asOf,
        runId,
        rows,
        charset.name(),
        excluded.size(),
        paper,
        holds,
        delivered);
    DeliveredFile published = publish(manifest, signature, signingTime);
    return new ExportResult(delivered.get(0).path(), published.path(), rows, excluded.size());
  }

  /** Writes the letters {@code source} reads, with their printable texts. */
  private void copy(
      LetterRows.Pages source, ExportCsv out, NoticeTextsCsv textsOut, LongConsumer rowsWritten)
      throws IOException, SQLException, InterruptedException {
    try (RenderedPages pages = new RenderedPages(source, renderer, executor, PAGE)) {
      for (RenderedPages.Page page = pages.next(); !page.isEmpty(); page = pages.next()) {
        for (int i = 0; i < page.rows().size(); i++) {
          LetterRow row = page.rows().get(i);
          if (out.write(row)) {
            textsOut.write(row.letterId(), page.texts().get(i));
          }
        }
        rowsWritten.accept(out.rows());
      }
    }
  }

  /** Signs a whole {@code .partial} file, then renames signature and file into place. */
  private static DeliveredFile publish(
      Path partial, DetachedSignature signature, Instant signingTime)
      throws IOException, GeneralSecurityException {
    Path target = Path.of(finalName(partial));
    Path signed = partial(Path.of(target + ".p7s"));
    String sha256 = signature.sign(partial, signed, signingTime);
    Files.move(
        partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.move(
        signed,
        Path.of(target + ".p7s"),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return new DeliveredFile(target, sha256);
  }

  /** A report for a clerk, beside the vendor's files: CSV with a header, signed and listed. */
  private static Path report(Path file, Charset charset, List<List<Object>> lines, String... header)
      throws IOException {
    Path partial = partial(file);
    try (CSVPrinter printer =
        new CSVPrinter(
            new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(
                    SafeFiles.newOutputStream(partial), charset.newEncoder())),
            CSVFormat.RFC4180.builder().setHeader(header).get())) {
      for (List<Object> line : lines) {
        printer.printRecord(line);
      }
    }
    return partial;
  }

  private static Path partial(Path target) {
    return Path.of(target + ".partial");
  }

  private static String finalName(Path partial) {
    String name = partial.toString();
    return name.endsWith(".partial")
        ? name.substring(0, name.length() - ".partial".length())
        : name;
  }
}
