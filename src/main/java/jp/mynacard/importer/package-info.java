/**
 * The {@code registry-import} job (DESIGN.md §3.1): reads the resident-record extract, validates
 * each row, and creates or updates residents, cards and certificates.
 *
 * <p>Steps and failure semantics: {@code checkChanges} reads the whole file and runs the merge's
 * rules without writing ({@link jp.mynacard.importer.RegistryCheckWriter}), {@code decideChanges}
 * ({@link jp.mynacard.importer.MassChangeGate}) ends a dry run there and refuses, with exit status
 * 8 and nothing changed, an import that would revoke signature certificates or abolish cards of
 * more residents than the {@link jp.mynacard.importer.MassChangeLimit} allows unless confirmed;
 * then the chunk step {@code importRows} writes and {@code finishImport} merges the reports. {@link
 * jp.mynacard.importer.RegistryFile} frames and decodes records itself (so that one unbalanced
 * quote or one undecodable byte costs one row, not the rest of the file) and parses each with
 * Commons CSV; {@link jp.mynacard.importer.RowValidator} turns a row into an accepted {@link
 * jp.mynacard.importer.ImportRow} or a {@link jp.mynacard.importer.Rejection}, both on the
 * read-ahead thread of {@link jp.mynacard.importer.RegistryRowReader}; {@link
 * jp.mynacard.importer.RegistryImportWriter} merges accepted rows into the registry and appends
 * rejections and anomalies to their report files, all inside the chunk transaction. Restart resumes
 * at the checkpointed byte offset and truncates the report files back to their checkpointed length,
 * so a killed run ends like an uninterrupted one. Exit status: 0, 4 (rows rejected or anomalies
 * reported) or 8 (the job failed).
 */
package jp.mynacard.importer;
