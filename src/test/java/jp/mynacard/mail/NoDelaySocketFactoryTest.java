package jp.mynacard.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.mynacard.config.NoticeSettingsProducer;
import jp.mynacard.mail.ScriptedSmtpServer.Script;
import jp.mynacard.notice.LetterFacts;
import jp.mynacard.notice.LetterRenderer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Letters leave without Nagle's delay (issue 13): the SMTP sockets have TCP_NODELAY, the server's
 * mail session names the factory, and the SMTP provider can load and use it by that name.
 */
class NoDelaySocketFactoryTest {
  @Test
  void everySocketItMakesHasNagleOff() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      int port = server.getLocalPort();
      try (Socket a = NoDelaySocketFactory.getDefault().createSocket("127.0.0.1", port);
          Socket b =
              NoDelaySocketFactory.getDefault()
                  .createSocket(InetAddress.getLoopbackAddress(), port);
          Socket c = NoDelaySocketFactory.getDefault().createSocket()) {
        assertTrue(a.getTcpNoDelay());
        assertTrue(b.getTcpNoDelay());
        assertTrue(c.getTcpNoDelay());
      }
    }
  }

  @Test
  void theServersMailSessionNamesIt() throws Exception {
    Element session =
        (Element)
            DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("liberty/server.xml").toFile())
                .getElementsByTagName("mailSession")
                .item(0);
    NodeList properties = session.getElementsByTagName("property");
    String named = null;
    for (int i = 0; i < properties.getLength(); i++) {
      Element p = (Element) properties.item(i);
      if (p.getAttribute("name").equals("mail.smtp.socketFactory.class")) {
        named = p.getAttribute("value");
      }
    }
    assertEquals(NoDelaySocketFactory.class.getName(), named);
  }

  @Test
  void theSmtpProviderSendsThroughItByName() throws Exception {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Script.ACCEPT)) {
      Properties p = MailInDoubtTest.session(server.port()).getProperties();
      p.setProperty("mail.smtp.socketFactory.class", NoDelaySocketFactory.class.getName());
      p.setProperty("mail.smtp.socketFactory.fallback", "false"); // no plain socket instead
      Session session = Session.getInstance(p);
      NoticeMessage m =
          NoticeMessage.of(
              session,
              "L1",
              "a@example.jp",
              new LetterRenderer(NoticeSettingsProducer.settings(k -> null))
                  .render(
                      new LetterFacts("L1", "ja", "山田 太郎", LocalDate.of(2026, 6, 30), null, null)),
              new Date());
      try (Transport t = session.getTransport()) {
        t.connect();
        t.sendMessage(m, m.getAllRecipients());
      }
      assertEquals(List.of("<L1@mynacard-lifecycle>"), server.dataRead());
    }
  }
}
