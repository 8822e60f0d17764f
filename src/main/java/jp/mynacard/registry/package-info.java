/**
 * The registry: residents, their cards and certificates, notices and the append-only audit log,
 * mapped with JPA (EclipseLink) onto embedded Derby or PostgreSQL.
 *
 * <p>The Individual Number is never stored in clear: {@link jp.mynacard.registry.NumberProtector}
 * seals it with AES-GCM and indexes it by an HMAC-SHA-256 keyed hash, with keys from configuration.
 * Timestamps are UTC {@code LocalDateTime} so that both databases store them the same way. Bulk
 * writes from the import go through {@link jp.mynacard.registry.RegistryBulkInserts} (batched JDBC
 * on the same transactional data source) because per-entity JPA inserts cannot reach the import's
 * throughput target; reads and single-row changes use JPA.
 */
package jp.mynacard.registry;
