package jp.mynacard.renewal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where exports go unless a run says otherwise: {@code mynacard.export.dir}, else the data dir. */
@ApplicationScoped
public class ExportDirectory {
  @Inject
  @ConfigProperty(name = "mynacard.export.dir")
  java.util.Optional<String> configured;

  @Inject
  @ConfigProperty(name = "mynacard.data.dir", defaultValue = "mynacard")
  String dataDir;

  public String path() {
    return configured.orElse(Path.of(dataDir, "exports").toAbsolutePath().toString());
  }
}
