package jp.mynacard.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any integration test (and so before Arquillian starts the server), gives the test server
 * its users' passwords. Does nothing in the unit-test run, which has no server.
 */
public class ItServerPasswords implements LauncherSessionListener {
  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("liberty.wlp.home") != null
        && java.nio.file.Files.isDirectory(ItServer.serverDir())) {
      ItServer.preparePasswords();
    }
  }
}
