package jp.mynacard.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import jp.mynacard.validity.NumberMask;

/**
 * A folder that a job parameter's path must lie in (issue 11): {@code inputFile} in the import
 * root, {@code exportDir} in the export root. A path is accepted only when, after {@code ..} is
 * resolved, it lies inside the root and none of its parts below the root is a symbolic link; an
 * input file must also be a regular file. So {@code /proc/self/environ}, {@code ../../keys}, or a
 * link placed in the root that points elsewhere are refused, and nothing of such a file is read. A
 * relative path is taken relative to the root.
 */
public final class FileRoot {
  private final String name;
  private final Path root;

  /**
   * @param name how messages call the root and its setting, e.g. "import root
   *     (MYNACARD_IMPORT_ROOT)"
   */
  public FileRoot(String name, Path root) {
    this.name = name;
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * The configured root, or {@code fallback} created (owner-only) when none is configured: a
   * configured root that does not exist refuses every path, since a mistyped setting must not
   * quietly create a folder somewhere else.
   */
  public static FileRoot configuredOr(String name, Optional<String> configured, Path fallback) {
    Optional<Path> set = configured.filter(v -> !v.isBlank()).map(Path::of);
    if (set.isPresent()) {
      return new FileRoot(name, set.get());
    }
    try {
      SafeFiles.createDirectories(fallback);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new FileRoot(name, fallback);
  }

  /** The real path of an existing regular file inside the root, reached through no link. */
  public Path regularFile(String given) {
    Path file = walk(given, false);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw refused(given, "does not exist or is not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw refused(given, "cannot be read");
    }
    return file;
  }

  /** A folder inside the root, reached through no link; it may not exist yet. */
  public Path folder(String given) {
    Path folder = walk(given, true);
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw refused(given, "is not a folder");
    }
    return folder;
  }

  public Path root() {
    return root;
  }

  /** Follows the path from the root part by part, refusing links and a way out of the root. */
  private Path walk(String given, boolean mayBeMissing) {
    if (given == null || given.isBlank()) {
      throw new IllegalArgumentException("a path inside the " + name + " is required");
    }
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      throw new IllegalArgumentException(
          NumberMask.mask("the " + name + " " + root + " does not exist"));
    }
    Path path;
    try {
      path = root.resolve(given.strip()).normalize();
    } catch (InvalidPathException e) {
      throw refused(given, "is not a valid path");
    }
    Path relative;
    if (path.startsWith(root)) {
      relative = root.relativize(path);
    } else if (path.startsWith(realRoot)) {
      relative = realRoot.relativize(path);
    } else {
      throw refused(given, "lies outside the " + name + " " + root);
    }
    Path current = realRoot;
    for (Path part : relative) {
      if (part.toString().isEmpty()) {
        continue;
      }
      current = current.resolve(part);
      if (Files.isSymbolicLink(current)) {
        throw refused(given, "is or passes through a symbolic link");
      }
      if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
        if (mayBeMissing) {
          return realRoot.resolve(relative);
        }
        throw refused(given, "does not exist or is not a regular file");
      }
    }
    return current;
  }

  private IllegalArgumentException refused(String given, String why) {
    return new IllegalArgumentException(NumberMask.mask("'" + given.strip() + "' " + why));
  }
}
