package jp.mynacard.export;

import java.nio.file.Path;

/** A published export file and its SHA-256 (hex), as the manifest lists it. */
public record DeliveredFile(Path path, String sha256) {}
