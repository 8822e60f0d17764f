package jp.mynacard.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A file of named random keys (base64, 32 bytes each), generated owner-only on first use. A key
 * file that others may read is refused rather than used: a key that leaked through a loose {@code
 * chmod} protects nothing, and a server that starts anyway would hide that.
 */
public final class KeyFile {
  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE);

  private KeyFile() {}

  /** The keys in {@code file}, which is created with fresh keys named {@code names} if absent. */
  public static Properties read(Path file, List<String> names, String comment) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      create(file, names, comment);
    }
    refuseLoose(file);
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    }
    return p;
  }

  /**
   * Refuses a key file that its group or others may read or write (POSIX file systems; elsewhere
   * the folder's ACL applies). A link is judged by the file it leads to: secrets mounted by a
   * container platform are links, and the file's own permissions are what protect it.
   */
  public static void refuseLoose(Path file) throws IOException {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(file.toRealPath());
    } catch (UnsupportedOperationException notPosix) {
      return;
    }
    if (permissions.stream().anyMatch(OTHERS::contains)) {
      throw new IllegalStateException(
          "the key file "
              + file
              + " may be read or written by others ("
              + PosixFilePermissions.toString(permissions)
              + "); make it owner-only (chmod 600) and consider the keys in it exposed");
    }
  }

  private static void create(Path file, List<String> names, String comment) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    SecureRandom random = new SecureRandom();
    Properties p = new Properties();
    for (String name : names) {
      byte[] key = new byte[32];
      random.nextBytes(key);
      p.setProperty(name, Base64.getEncoder().encodeToString(key));
    }
    Path temp = Files.createTempFile(folder, "keys", ".tmp");
    try {
      restrictToOwner(temp);
      try (OutputStream out = Files.newOutputStream(temp)) {
        p.store(out, comment);
      }
      // a hard link appears whole and fails if the file exists: of two servers starting at the
      // same moment, the second keeps the first one's keys (a rename would replace them)
      Files.createLink(file, temp);
    } catch (FileAlreadyExistsException raced) {
      // keep the keys already there
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void restrictToOwner(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the folder's ACL applies
    }
  }
}
