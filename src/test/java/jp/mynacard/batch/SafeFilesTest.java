package jp.mynacard.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: no file is written through a link, and what is written is the owner's alone. */
class SafeFilesTest {
  @TempDir Path dir;

  @Test
  void aLinkWhereAFileIsCreatedIsReplacedAndItsTargetLeftAlone() throws Exception {
    Path victim = Files.writeString(dir.resolve("victim"), "keep me");
    Path report = dir.resolve("registry.csv.rejects.csv");
    Files.createSymbolicLink(report, victim);

    try (FileChannel c = SafeFiles.create(report)) {
      c.write(ByteBuffer.wrap("line\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    assertEquals("keep me", Files.readString(victim));
    assertFalse(Files.isSymbolicLink(report));
    assertEquals("line\r\n", Files.readString(report));
  }

  @Test
  void aStaleFileIsReplacedByAnOwnerOnlyOne() throws Exception {
    Path file = Files.writeString(dir.resolve("notices.csv.partial"), "stale");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));

    try (OutputStream out = SafeFiles.newOutputStream(file)) {
      out.write('x');
    }

    assertEquals("x", Files.readString(file));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void aRestartRefusesALinkPutInPlaceOfItsFile() throws Exception {
    Path victim = Files.writeString(dir.resolve("victim"), "keep me");
    Path report = dir.resolve("part0");
    Files.createSymbolicLink(report, victim);

    assertThrows(IOException.class, () -> SafeFiles.reopen(report));
    assertEquals("keep me", Files.readString(victim));
  }

  @Test
  void newFoldersAreTheOwnersOnly() throws Exception {
    Path folder = SafeFiles.createDirectories(dir.resolve("exports/2026-04-01"));

    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.getParent())));
  }
}
