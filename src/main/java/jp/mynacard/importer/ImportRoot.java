package jp.mynacard.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jp.mynacard.batch.FileRoot;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder extracts are imported from ({@code mynacard.import.root}, {@code
 * MYNACARD_IMPORT_ROOT}; default {@code imports} in the data folder, created when missing): an
 * {@code inputFile} anywhere else is refused, by the API and by the job itself ({@link FileRoot}).
 */
@ApplicationScoped
public class ImportRoot {
  @Inject
  @ConfigProperty(name = "mynacard.import.root")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "mynacard.data.dir", defaultValue = "mynacard")
  String dataDir;

  /**
   * @throws IllegalArgumentException when the file is outside the root, behind a link, or not a
   *     readable regular file
   */
  public Path inputFile(String given) {
    return root().regularFile(given);
  }

  FileRoot root() {
    Optional<Path> set = configured.filter(v -> !v.isBlank()).map(Path::of);
    Path root = set.orElseGet(() -> Path.of(dataDir, "imports"));
    if (set.isEmpty() && !Files.isDirectory(root)) {
      try {
        Files.createDirectories(root);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new FileRoot("import root (MYNACARD_IMPORT_ROOT)", root);
  }
}
