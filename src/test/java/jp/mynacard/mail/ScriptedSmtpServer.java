package jp.mynacard.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local SMTP server for tests of what happens when the mail server misbehaves, on a free port: it
 * answers every command as a plain server would, except where its {@link Script} says otherwise
 * (GreenMail cannot lose a reply). It records the Message-ID of every message whose data it read to
 * the end, whether or not it replied, since that message may have been delivered.
 */
final class ScriptedSmtpServer implements AutoCloseable {
  /** What the server does at the DATA command and after a message's data. */
  enum Script {
    /** 354, then 250 after the data: a message delivered. */
    ACCEPT,
    /** Closes the connection at the DATA command, before 354: nothing delivered. */
    CLOSE_AT_DATA,
    /** 354, then closes the connection after the data without replying. */
    CLOSE_AFTER_DATA,
    /** 354, then never replies after the data (the client's read times out). */
    SILENT_AFTER_DATA,
    /** 354, then 451 after the data: refused for now. */
    REFUSE_451_AFTER_DATA,
    /** 354, then 554 after the data: refused for good. */
    REFUSE_554_AFTER_DATA
  }

  private final ServerSocket socket;
  private final Script script;
  private final List<String> dataRead = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch closing = new CountDownLatch(1);
  private final AtomicInteger greetingsToRefuse;
  private final AtomicInteger mailsToRefuse;
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger mostOpen = new AtomicInteger();
  private final AtomicInteger sessions = new AtomicInteger();

  private ScriptedSmtpServer(Script script, int greetingsToRefuse, int mailsToRefuse)
      throws IOException {
    this.script = script;
    this.greetingsToRefuse = new AtomicInteger(greetingsToRefuse);
    this.mailsToRefuse = new AtomicInteger(mailsToRefuse);
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::serve, "scripted-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  static ScriptedSmtpServer start(Script script) throws IOException {
    return new ScriptedSmtpServer(script, 0, 0);
  }

  /**
   * A server that is busy at first: it greets the first {@code greetings} connections with 421 and
   * closes them, then answers the first {@code mails} MAIL commands with 421 and closes those
   * connections, as a provider that throttles does.
   */
  static ScriptedSmtpServer busy(Script script, int greetings, int mails) throws IOException {
    return new ScriptedSmtpServer(script, greetings, mails);
  }

  /** The most connections that were open at once. */
  int mostOpen() {
    return mostOpen.get();
  }

  /** How many connections were greeted (refused ones included). */
  int sessions() {
    return sessions.get();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Message-IDs of the messages whose data the server read to the end, in order. */
  List<String> dataRead() {
    synchronized (dataRead) {
      return List.copyOf(dataRead);
    }
  }

  private void serve() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread conversation =
            new Thread(
                () -> {
                  mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                  sessions.incrementAndGet();
                  try (client) {
                    converse(client);
                  } catch (IOException lost) {
                    // the client went away
                  } finally {
                    open.decrementAndGet();
                  }
                },
                "scripted-smtp-client");
        conversation.setDaemon(true);
        conversation.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = client.getOutputStream();
    if (greetingsToRefuse.getAndDecrement() > 0) {
      reply(out, "421 4.3.2 busy, come back later");
      return;
    }
    reply(out, "220 scripted ESMTP");
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
      switch (command) {
        case "EHLO", "HELO" -> reply(out, "250 scripted");
        case "MAIL" -> {
          if (mailsToRefuse.getAndDecrement() > 0) {
            reply(out, "421 4.7.0 too many messages, closing");
            return;
          }
          reply(out, "250 ok");
        }
        case "RCPT", "RSET", "NOOP" -> reply(out, "250 ok");
        case "QUIT" -> {
          reply(out, "221 bye");
          return;
        }
        case "DATA" -> {
          if (script == Script.CLOSE_AT_DATA) {
            return;
          }
          reply(out, "354 go ahead");
          String messageId = readData(in);
          dataRead.add(messageId);
          switch (script) {
            case CLOSE_AFTER_DATA -> {
              return;
            }
            case SILENT_AFTER_DATA -> {
              awaitClose();
              return;
            }
            case REFUSE_451_AFTER_DATA -> reply(out, "451 try again later");
            case REFUSE_554_AFTER_DATA -> reply(out, "554 refused");
            default -> reply(out, "250 queued");
          }
        }
        default -> reply(out, "502 not implemented");
      }
    }
  }

  private static String readData(BufferedReader in) throws IOException {
    String messageId = null;
    for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
      if (messageId == null && line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
        messageId = line.substring(11).strip();
      }
    }
    return messageId;
  }

  private void awaitClose() {
    try {
      closing.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    closing.countDown();
    socket.close();
  }
}
