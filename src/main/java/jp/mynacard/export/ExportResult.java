package jp.mynacard.export;

import java.nio.file.Path;

/** What an export wrote: the delivered file, the manifest, rows and letters left out. */
public record ExportResult(Path delivered, Path manifest, long rows, int excluded) {}
