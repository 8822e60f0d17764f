package jp.mynacard.schedule;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts renewal-notices every night: {@code mynacard.schedule.cron} (default {@code 0 2 * * *},
 * Jakarta Concurrency's cron syntax) in {@code mynacard.schedule.zone} (default Asia/Tokyo); {@code
 * mynacard.schedule.enabled=false} switches it off.
 */
@ApplicationScoped
public class NightlySchedule {
  private static final Logger LOG = Logger.getLogger(NightlySchedule.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "mynacard.schedule.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "mynacard.schedule.cron", defaultValue = "0 2 * * *")
  String cron;

  @Inject
  @ConfigProperty(name = "mynacard.schedule.zone", defaultValue = "Asia/Tokyo")
  String zone;

  @Inject NightlyStart start;

  private ScheduledFuture<?> future;

  void begin(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (!enabled) {
      LOG.info("the nightly schedule is off (mynacard.schedule.enabled=false)");
      return;
    }
    future = scheduler.schedule(start, new CronTrigger(cron, ZoneId.of(zone)));
    LOG.info("renewal-notices is scheduled at '" + cron + "' in " + zone);
  }

  @PreDestroy
  void end() {
    if (future != null) {
      future.cancel(false);
    }
  }
}
