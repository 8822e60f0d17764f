package jp.mynacard.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * How jobs write their files (issue 11): created new, never through a symbolic link (a stale file
 * or link of the same name is removed first, and opening refuses a link that appears meanwhile),
 * readable by the server's user alone (files 0600, folders 0700), and forced to the disk before
 * they are renamed into place. Someone who can place a link in an output folder can then neither
 * make a job overwrite another file nor read what it writes.
 */
public final class SafeFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private SafeFiles() {}

  /** A new, empty file for writing, owner-only. */
  public static FileChannel create(Path file) throws IOException {
    Files.deleteIfExists(file); // a link is removed itself, its target untouched
    return FileChannel.open(
        file,
        java.util.Set.of(
            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
        fileAttributes());
  }

  /** An existing regular file for writing again (a restart), refused if it is a link. */
  public static FileChannel reopen(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
  }

  /** {@link #create} as a stream; closing it forces the bytes to the disk first. */
  public static OutputStream newOutputStream(Path file) throws IOException {
    FileChannel channel = create(file);
    OutputStream out = Channels.newOutputStream(channel);
    return new java.io.FilterOutputStream(out) {
      private boolean closed;

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return; // writers close their stream, and so does try-with-resources
        }
        closed = true;
        out.flush();
        channel.force(true);
        out.close();
      }
    };
  }

  /** Folders up to {@code dir}, the new ones owner-only. */
  public static Path createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return dir;
    }
    Path parent = dir.toAbsolutePath().getParent();
    if (parent != null) {
      createDirectories(parent);
    }
    return POSIX
        ? Files.createDirectory(
            dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
        : Files.createDirectory(dir);
  }

  /**
   * Renames a whole file into place, replacing what was there (a link is replaced, not followed).
   */
  public static void moveIntoPlace(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static FileAttribute<?>[] fileAttributes() {
    return POSIX
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }
}
