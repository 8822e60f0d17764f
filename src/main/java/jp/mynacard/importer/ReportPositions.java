package jp.mynacard.importer;

import java.io.Serializable;

/**
 * The writer's checkpoint: how long each report file was when the chunk committed ({@code changes}
 * 0 for the import step, which writes no changes report).
 */
public record ReportPositions(long rejects, long anomalies, long changes) implements Serializable {}
