package jp.mynacard.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: job parameters name files only inside their root, never through a link. */
class FileRootTest {
  @TempDir Path dir;
  private Path root;
  private FileRoot imports;

  @BeforeEach
  void layout() throws Exception {
    root = Files.createDirectory(dir.resolve("imports"));
    Files.writeString(root.resolve("registry.csv"), "resident_id\r\n");
    Files.createDirectory(root.resolve("2026"));
    Files.writeString(dir.resolve("secret.txt"), "password=x");
    imports = new FileRoot("import root", root);
  }

  private String refusal(String given) {
    return assertThrows(IllegalArgumentException.class, () -> imports.regularFile(given))
        .getMessage();
  }

  @Test
  void aFileInTheRootIsItsRealPathGivenAbsoluteOrRelative() throws Exception {
    Path real = root.resolve("registry.csv").toRealPath();
    assertEquals(real, imports.regularFile(root.resolve("registry.csv").toString()));
    assertEquals(real, imports.regularFile("registry.csv"));
    assertEquals(real, imports.regularFile("2026/../registry.csv"));
  }

  @Test
  void theServersEnvironmentAndFilesOutsideTheRootAreRefused() {
    assertTrue(refusal("/proc/self/environ").contains("lies outside the import root"));
    assertTrue(refusal(dir.resolve("secret.txt").toString()).contains("lies outside"));
    assertTrue(refusal("../secret.txt").contains("lies outside"));
  }

  @Test
  void aLinkInTheRootIsNotFollowedWhereverItPoints() throws Exception {
    Files.createSymbolicLink(root.resolve("environ"), Path.of("/proc/self/environ"));
    Files.createSymbolicLink(root.resolve("inside"), root.resolve("registry.csv"));
    Files.createSymbolicLink(root.resolve("folder"), root.resolve("2026"));

    assertTrue(refusal("environ").contains("symbolic link"));
    assertTrue(refusal("inside").contains("symbolic link"));
    Files.writeString(root.resolve("2026/x.csv"), "y");
    assertTrue(refusal("folder/x.csv").contains("symbolic link"));
  }

  @Test
  void aFolderOrAMissingFileIsNotAnInputFile() {
    assertTrue(refusal("2026").contains("not a regular file"));
    assertTrue(refusal("missing.csv").contains("does not exist"));
    assertTrue(refusal(" ").contains("is required"));
    assertTrue(refusal("bad\u0000name").contains("is not a valid path"));
  }

  @Test
  void anExportFolderMayBeNewButNotOutsideNorThroughALink() throws Exception {
    FileRoot exports = new FileRoot("export root", root);
    assertEquals(root.toRealPath().resolve("2026/04"), exports.folder("2026/04"));
    Files.createSymbolicLink(root.resolve("out"), dir);
    assertThrows(IllegalArgumentException.class, () -> exports.folder("out/2026"));
    assertThrows(IllegalArgumentException.class, () -> exports.folder("registry.csv"));
    assertThrows(IllegalArgumentException.class, () -> exports.folder(dir.toString()));
  }

  @Test
  void aRootThatDoesNotExistRefusesEverything() {
    FileRoot missing = new FileRoot("import root", dir.resolve("nowhere"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> missing.regularFile("a.csv"))
            .getMessage()
            .contains("does not exist"));
  }

  @Test
  void withoutASettingTheDefaultRootIsCreatedOwnerOnly() throws Exception {
    Path fallback = dir.resolve("data/imports");

    FileRoot r = FileRoot.configuredOr("import root", java.util.Optional.empty(), fallback);

    assertEquals(fallback.toAbsolutePath(), r.root());
    assertEquals(
        "rwx------",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(fallback)));
  }

  @Test
  void aConfiguredRootIsNeverCreated() {
    Path typo = dir.resolve("improts");

    FileRoot r = FileRoot.configuredOr("import root", java.util.Optional.of(typo.toString()), dir);

    assertFalse(Files.exists(typo));
    assertThrows(IllegalArgumentException.class, () -> r.regularFile("a.csv"));
  }
}
