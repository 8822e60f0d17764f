package jp.mynacard.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as it ships (the war `mvn package` built), plus the test support classes, as
 * "mynacard.war": the integration tests test the real artifact, not a re-assembly of it.
 */
public final class ItDeployment {
  private ItDeployment() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("mynacard.war", "target/mynacard-lifecycle.war"));
    return ShrinkWrap.create(ZipImporter.class, "mynacard.war")
        .importFrom(war)
        .as(WebArchive.class)
        .addPackage(ItDeployment.class.getPackage());
  }
}
