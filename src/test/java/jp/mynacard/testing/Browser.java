package jp.mynacard.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import jp.mynacard.it.ItServer;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless browser on the screens: Debian's chromium through its chromedriver (installed by
 * .ci/run; Selenium Manager's downloads do not reach this network). Screenshots go to
 * target/screenshots, kept as test output.
 */
public final class Browser implements AutoCloseable {
  public static final Path SHOTS = Path.of("target", "screenshots");
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** A new browser with an empty profile (no cookies, no history), in Japanese unless asked. */
  public static Browser open(String language) throws IOException {
    Path profile = Files.createTempDirectory("mynacard-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        // the test server's certificate is its own, self-signed
        "--ignore-certificate-errors",
        "--window-size=1280,1400",
        "--lang=" + language,
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File(DRIVER)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver, profile);
  }

  public static String url(String path) {
    return "https://localhost:" + ItServer.httpsPort() + path;
  }

  public WebDriver driver() {
    return driver;
  }

  public void go(String path) {
    driver.get(url(path));
  }

  /** The element, or a failure that shows the page as it is (its messages say why, mostly). */
  public WebElement find(String id) {
    try {
      return driver.findElement(By.id(id));
    } catch (org.openqa.selenium.NoSuchElementException e) {
      throw new AssertionError(
          "no #" + id + " on " + driver.getCurrentUrl() + ":\n" + pageText(), e);
    }
  }

  public List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** An element's text, or "" while the page that has it is not drawn yet. */
  public static String textOf(WebDriver d, String id) {
    try {
      return d.findElement(By.id(id)).getText();
    } catch (org.openqa.selenium.NoSuchElementException
        | org.openqa.selenium.StaleElementReferenceException notYet) {
      return "";
    }
  }

  public String text(String id) {
    return find(id).getText();
  }

  public void type(String id, String text) {
    WebElement e = find(id);
    e.clear();
    e.sendKeys(text);
  }

  /** Clicks and waits for the page the click loads (every action here is a full form post). */
  public void submit(String buttonId) {
    WebElement button = find(buttonId);
    button.click();
    waitFor(d -> isStale(button));
  }

  public <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
  }

  private static boolean isStale(WebElement e) {
    try {
      e.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException gone) {
      // stale, or "does not belong to the document" while the next page replaces it
      return true;
    }
  }

  /** The page's text as a reader sees it. */
  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String source() {
    return driver.getPageSource();
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Saves the page as target/screenshots/{name}.png. */
  public Path screenshot(String name) throws IOException {
    Files.createDirectories(SHOTS);
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Path target = SHOTS.resolve(name + ".png");
    Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  /** Signs in through the form; the page is the user's screen afterwards. */
  public void signIn(String user) {
    go("/ui/");
    type("signin:user", user);
    type("signin:password", ItServer.password(user));
    submit("signin:go");
  }

  /**
   * Signs in with the keyboard only, as a user without a mouse does: the form's first field has the
   * focus, Tab moves to the password, Enter sends.
   */
  public void signInByKeyboard(String user) {
    go("/ui/");
    WebElement field = driver.switchTo().activeElement();
    if (!"signin:user".equals(field.getAttribute("id"))) {
      throw new AssertionError(
          "the sign-in form opens with the focus on " + field.getAttribute("id"));
    }
    field.sendKeys(user, org.openqa.selenium.Keys.TAB);
    WebElement password = driver.switchTo().activeElement();
    password.sendKeys(ItServer.password(user), org.openqa.selenium.Keys.ENTER);
    waitFor(d -> !d.getCurrentUrl().contains("/ui/login.xhtml"));
  }

  /**
   * Every field the user fills in on this page has a label (a label element for it, or an
   * aria-label): what a screen reader announces, and what a click on the text focuses.
   */
  public void assertFieldsLabelled() {
    for (WebElement f : driver.findElements(By.cssSelector("input, select, textarea"))) {
      String type = String.valueOf(f.getAttribute("type"));
      if (type.equals("hidden") || type.equals("submit") || type.equals("button")) {
        continue;
      }
      String id = f.getAttribute("id");
      boolean labelled =
          (id != null && !driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty())
              || (f.getAttribute("aria-label") != null && !f.getAttribute("aria-label").isBlank());
      if (!labelled) {
        throw new AssertionError("field " + id + " on " + driver.getCurrentUrl() + " has no label");
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
