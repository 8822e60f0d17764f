package jp.mynacard.registry;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the application's version at start-up, with Flyway and the
 * versioned scripts in {@code db/migration} (one script serves Derby and PostgreSQL). Flyway's lock
 * makes servers that start together take turns; a database newer than the application stops the
 * start rather than running against a schema it does not know.
 */
@ApplicationScoped
public class SchemaMigration {
  private static final String LOCATION = "classpath:db/migration";
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/mynacard")
  private DataSource dataSource;

  void migrate(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // Liberty's class loader finds a resource folder only through a file in it, hence the empty
    // flyway.location in db/migration and in db/callback, which Flyway always scans (Flyway's
    // documented work-around for WebSphere)
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(LOCATION)
            .load()
            .migrate();
    LOG.info(
        "database schema at version "
            + result.targetSchemaVersion
            + " ("
            + result.migrationsExecuted
            + " migration(s) applied now)");
  }
}
