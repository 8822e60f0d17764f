package jp.mynacard.testing;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import jp.mynacard.registry.AuditChain;
import jp.mynacard.registry.AuditChainMigration;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;

/**
 * The application's schema, made by its own migrations (the versioned scripts and the audit chain's
 * Java migration), for unit tests of SQL that need real tables but no server.
 */
public final class MigratedDatabase {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private MigratedDatabase() {}

  /** A fresh embedded Derby database in memory, named {@code <name>-<n>}, migrated. */
  public static EmbeddedDataSource derby(String name) {
    EmbeddedDataSource ds = new EmbeddedDataSource();
    ds.setDatabaseName("memory:" + name + "-" + DATABASES.incrementAndGet());
    ds.setCreateDatabase("create");
    return migrate(ds);
  }

  /** Migrates {@code ds} to the application's newest schema. */
  public static <T extends DataSource> T migrate(T ds) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 3);
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .javaMigrations(
            new AuditChainMigration(new AuditChain(new SecretKeySpec(key, "HmacSHA256"))))
        .load()
        .migrate();
    return ds;
  }
}
