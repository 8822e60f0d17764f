package jp.mynacard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 11's transport settings as the server is configured when nothing is set: no plain HTTP
 * port, PostgreSQL's sslmode taken from MYNACARD_DB_SSLMODE, the SMTP server's identity checked.
 * Read from liberty/ itself, since the integration-test server sets its own ports (a default cannot
 * be seen through a server that overrides it). That Liberty honours these values was checked on a
 * server by hand: httpPort -1 opens no listener, and sslMode=require fails against a PostgreSQL
 * without TLS ("The server does not support SSL") where prefer connects.
 */
class TransportSecurityConfigTest {
  private static Document read(String file) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(Path.of("liberty", file).toFile());
  }

  private static Map<String, String> defaults(Document d) {
    Map<String, String> values = new HashMap<>();
    NodeList variables = d.getElementsByTagName("variable");
    for (int i = 0; i < variables.getLength(); i++) {
      Element v = (Element) variables.item(i);
      values.put(v.getAttribute("name"), v.getAttribute("defaultValue"));
    }
    return values;
  }

  private static Element only(Document d, String tag) {
    NodeList found = d.getElementsByTagName(tag);
    assertEquals(1, found.getLength(), tag);
    return (Element) found.item(0);
  }

  @Test
  void plainHttpIsOffUnlessAPortIsConfigured() throws Exception {
    Document server = read("server.xml");

    assertEquals("${mynacard.http.port}", only(server, "httpEndpoint").getAttribute("httpPort"));
    assertEquals("-1", defaults(server).get("mynacard.http.port"));
  }

  @Test
  void postgresqlTakesItsSslModeAndRootCertificateFromTheEnvironment() throws Exception {
    Document postgresql = read("db/postgresql.xml");
    NodeList all = postgresql.getElementsByTagName("properties.postgresql");
    // the application's data source and the owner's (migrations) alike
    assertEquals(2, all.getLength());
    for (int i = 0; i < all.getLength(); i++) {
      Element properties = (Element) all.item(i);
      assertEquals("${mynacard.db.sslmode}", properties.getAttribute("sslMode"));
      assertEquals("${mynacard.db.sslrootcert}", properties.getAttribute("sslRootCert"));
    }
    // prefer: a local PostgreSQL without TLS (CI, development) keeps working
    assertEquals("prefer", defaults(postgresql).get("mynacard.db.sslmode"));
  }

  @Test
  void theMailServersIdentityIsAlwaysChecked() throws Exception {
    Map<String, String> mail = new HashMap<>();
    NodeList properties = only(read("server.xml"), "mailSession").getElementsByTagName("property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element p = (Element) properties.item(i);
      mail.put(p.getAttribute("name"), p.getAttribute("value"));
    }

    assertEquals("true", mail.get("mail.smtp.ssl.checkserveridentity"));
    assertEquals(mail.get("mail.smtp.starttls.enable"), mail.get("mail.smtp.starttls.required"));
  }
}
