package jp.mynacard.forecast;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jp.mynacard.batch.SafeFiles;

/**
 * Writes a forecast's CSV and chart into {@code <exportDir>/<asOf>/} as {@code
 * forecast-<from>-<to>.csv} and {@code .png}: owner-only, each whole under a {@code .partial} name
 * first and renamed into place, so a reader never sees half a file and a rerun replaces both.
 */
public final class ForecastFiles {
  private ForecastFiles() {}

  /** The CSV's path; the chart lies beside it with the extension {@code .png}. */
  public static Path write(ForecastTable table, Path exportDir) throws IOException {
    Path folder = SafeFiles.createDirectories(exportDir.resolve(table.range().asOf().toString()));
    String name = "forecast-" + table.range().from() + "-" + table.range().to();
    Path csv = folder.resolve(name + ".csv");
    Path partialCsv = folder.resolve(name + ".csv.partial");
    try (Writer out =
        new OutputStreamWriter(SafeFiles.newOutputStream(partialCsv), StandardCharsets.UTF_8)) {
      ForecastCsv.write(table, out);
    }
    Path partialPng = folder.resolve(name + ".png.partial");
    try (OutputStream out = SafeFiles.newOutputStream(partialPng)) {
      ForecastChart.writePng(table, out);
    }
    SafeFiles.moveIntoPlace(partialCsv, csv);
    SafeFiles.moveIntoPlace(partialPng, folder.resolve(name + ".png"));
    return csv;
  }
}
