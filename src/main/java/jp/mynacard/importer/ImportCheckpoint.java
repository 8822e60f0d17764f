package jp.mynacard.importer;

import java.io.Serializable;

/**
 * Where the reader stands: the byte offset and number of the next unread line, and the file's size
 * and modification time, so a restart against a file that changed meanwhile is refused.
 */
public record ImportCheckpoint(long offset, long nextLine, long fileSize, long lastModified)
    implements Serializable {}
