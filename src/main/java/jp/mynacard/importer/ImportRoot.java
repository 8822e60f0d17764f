package jp.mynacard.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    return FileRoot.configuredOr(
        "import root (MYNACARD_IMPORT_ROOT)", configured, Path.of(dataDir, "imports"));
  }
}
