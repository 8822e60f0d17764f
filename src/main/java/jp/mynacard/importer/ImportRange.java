package jp.mynacard.importer;

import java.io.Serializable;

/**
 * The records one partition imports: those whose first line starts at or after {@code startOffset}
 * and before {@code endOffset} (bytes). Ranges begin at record boundaries found by {@link
 * RegistryFile#split}, so every record belongs to exactly one partition.
 */
public record ImportRange(long startOffset, long startLine, long endOffset)
    implements Serializable {
  public static final long TO_END = Long.MAX_VALUE;
}
