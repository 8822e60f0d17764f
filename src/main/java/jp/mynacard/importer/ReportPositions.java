package jp.mynacard.importer;

import java.io.Serializable;

/** The writer's checkpoint: how long each report file was when the chunk committed. */
public record ReportPositions(long rejects, long anomalies) implements Serializable {}
