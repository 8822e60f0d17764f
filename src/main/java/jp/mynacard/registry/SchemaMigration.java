package jp.mynacard.registry;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the application's version at start-up, with Flyway and the
 * versioned scripts in {@code db/migration} (one script serves Derby and PostgreSQL) plus the Java
 * migration that needs the audit key ({@link AuditChainMigration}). Flyway's lock makes servers
 * that start together take turns; a database newer than the application stops the start rather than
 * running against a schema it does not know.
 *
 * <p>On PostgreSQL with {@code MYNACARD_DB_OWNER} set, migrations run as that owner role (data
 * source {@code jdbc/mynacardOwner}) and the application's own role ({@code MYNACARD_DB_USER}) is
 * then granted what it needs and no more ({@link RuntimeGrants}). Without it, one role does both
 * and the audit trail is guarded by the trigger alone.
 */
@ApplicationScoped
public class SchemaMigration {
  private static final String LOCATION = "classpath:db/migration";
  private static final String OWNER_DATA_SOURCE = "jdbc/mynacardOwner";
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "mynacard.db.owner")
  Optional<String> owner;

  @Inject AuditChain auditChain;

  void migrate(@Observes @Initialized(ApplicationScoped.class) Object started) {
    DataSource migrator =
        owner.filter(o -> !o.isBlank()).map(o -> ownerDataSource()).orElse(dataSource);
    // Liberty's class loader finds a resource folder only through a file in it, hence the empty
    // flyway.location in db/migration and in db/callback, which Flyway always scans (Flyway's
    // documented work-around for WebSphere)
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(migrator)
            .locations(LOCATION)
            .javaMigrations(new AuditChainMigration(auditChain))
            .load()
            .migrate();
    LOG.info(
        "database schema at version "
            + result.targetSchemaVersion
            + " ("
            + result.migrationsExecuted
            + " migration(s) applied now)");
    if (migrator != dataSource) {
      grantRuntimeRole(migrator);
    }
    warnOfSlowCollation();
  }

  private void warnOfSlowCollation() {
    try (Connection c = dataSource.getConnection()) {
      DatabaseCollation.warning(c).ifPresent(LOG::warning);
    } catch (SQLException e) {
      LOG.warning("the database's collation could not be read: " + e.getMessage());
    }
  }

  private DataSource ownerDataSource() {
    try {
      return (DataSource) new InitialContext().lookup(OWNER_DATA_SOURCE);
    } catch (NamingException e) {
      throw new IllegalStateException(
          "MYNACARD_DB_OWNER is set but there is no data source "
              + OWNER_DATA_SOURCE
              + " (only PostgreSQL has an owner role)",
          e);
    }
  }

  private void grantRuntimeRole(DataSource migrator) {
    try (Connection runtime = dataSource.getConnection();
        Connection ownerConnection = migrator.getConnection()) {
      String runtimeRole = runtime.getMetaData().getUserName();
      if (runtimeRole.equals(ownerConnection.getMetaData().getUserName())) {
        return;
      }
      RuntimeGrants.grant(ownerConnection, runtimeRole);
    } catch (SQLException e) {
      throw new IllegalStateException("the runtime role could not be granted its privileges", e);
    }
  }
}
