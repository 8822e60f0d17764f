package jp.mynacard.demo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.mynacard.importer.RegistryColumn;
import jp.mynacard.validity.ValidityRules;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a demo registry in the import layout.
 *
 * <pre>
 * java -cp 'target/mynacard-lifecycle/WEB-INF/classes:target/mynacard-lifecycle/WEB-INF/lib/*' \
 *   jp.mynacard.demo.DemoRegistryGenerator --residents 10000 --seed 42 --out registry.csv \
 *   [--reference 2026-04-01] [--encoding UTF-8|windows-31j]
 * </pre>
 *
 * The same arguments always give the same bytes.
 */
public final class DemoRegistryGenerator {
  public static final LocalDate DEFAULT_REFERENCE = LocalDate.of(2026, 4, 1);

  private DemoRegistryGenerator() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    long residents = Long.parseLong(options.getOrDefault("residents", "10000"));
    long seed = Long.parseLong(options.getOrDefault("seed", "42"));
    Path out = Path.of(options.getOrDefault("out", "registry.csv"));
    LocalDate reference =
        LocalDate.parse(options.getOrDefault("reference", DEFAULT_REFERENCE.toString()));
    Charset charset = Charset.forName(options.getOrDefault("encoding", "UTF-8"));
    write(out, charset, residents, seed, reference);
    System.out.printf("wrote %d residents to %s%n", residents, out.toAbsolutePath());
  }

  public static void write(
      Path out, Charset charset, long residents, long seed, LocalDate reference)
      throws IOException {
    ValidityRules rules = ValidityRules.standard();
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (Writer writer = Files.newBufferedWriter(out, charset);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      printer.printRecord((Object[]) RegistryColumn.headers());
      for (long i = 0; i < residents; i++) {
        printer.printRecord((Object[]) new DemoResident(rules, reference, seed, i).build());
      }
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
