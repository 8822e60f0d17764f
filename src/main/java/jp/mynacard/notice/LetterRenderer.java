package jp.mynacard.notice;

import java.util.ArrayList;
import java.util.List;
import jp.mynacard.notice.LetterDocument.Block;
import jp.mynacard.notice.LetterDocument.Bullets;
import jp.mynacard.notice.LetterDocument.Heading;
import jp.mynacard.notice.LetterDocument.Paragraph;

/**
 * Renders letters in the resident's language: one of the bundle languages, or, for a language the
 * municipality has no texts in, Japanese followed by English (the letter a resident can always have
 * read to them at the counter, and the language most call-center lines answer in).
 */
public final class LetterRenderer {
  static final List<String> FALLBACK = List.of("ja", "en");

  private final LetterComposer composer;

  public LetterRenderer(NoticeSettings settings) {
    this.composer = new LetterComposer(settings);
  }

  public static List<String> languagesFor(String language) {
    return language != null && LetterBundles.LANGUAGES.contains(language)
        ? List.of(language)
        : FALLBACK;
  }

  /** Subject, text and HTML, for an e-mail. */
  public RenderedLetter render(LetterFacts facts) {
    return render(facts, true, "\n");
  }

  /**
   * Subject and text only (html null), lines ending in CRLF as the vendor's CSV carries them: the
   * printable texts.
   */
  public RenderedLetter renderPrintable(LetterFacts facts) {
    return render(facts, false, "\r\n");
  }

  private RenderedLetter render(LetterFacts facts, boolean withHtml, String eol) {
    List<LetterDocument> documents = new ArrayList<>();
    for (String language : languagesFor(facts.language())) {
      documents.add(composer.compose(facts, language));
    }
    List<String> subjects = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    StringBuilder html = withHtml ? new StringBuilder("<!DOCTYPE html>\n<html><body>\n") : null;
    for (LetterDocument d : documents) {
      subjects.add(d.subject());
      if (text.length() > 0) {
        text.append(eol).append("----------------------------------------").append(eol).append(eol);
      }
      appendText(d, text, eol);
      if (withHtml) {
        appendHtml(d, html);
      }
    }
    if (withHtml) {
      html.append("</body></html>\n");
    }
    return new RenderedLetter(
        String.join(",", languagesFor(facts.language())),
        String.join(" / ", subjects),
        text.toString(),
        withHtml ? html.toString() : null);
  }

  private static void appendText(LetterDocument d, StringBuilder out, String eol) {
    for (Block b : d.blocks()) {
      if (b instanceof Heading h) {
        out.append("■ ").append(h.text()).append(eol);
      } else if (b instanceof Paragraph p) {
        out.append(p.text()).append(eol).append(eol);
      } else if (b instanceof Bullets l) {
        for (String item : l.items()) {
          out.append("・").append(item).append(eol);
        }
        out.append(eol);
      }
    }
  }

  private static void appendHtml(LetterDocument d, StringBuilder out) {
    out.append("<div lang=\"").append(d.language()).append("\">\n");
    for (Block b : d.blocks()) {
      if (b instanceof Heading h) {
        out.append("<h2>").append(escape(h.text())).append("</h2>\n");
      } else if (b instanceof Paragraph p) {
        out.append("<p>").append(escape(p.text())).append("</p>\n");
      } else if (b instanceof Bullets l) {
        out.append("<ul>\n");
        for (String item : l.items()) {
          out.append("<li>").append(escape(item)).append("</li>\n");
        }
        out.append("</ul>\n");
      }
    }
    out.append("</div>\n");
  }

  // Five characters; a library (commons-text) for them would be one more jar in the war.
  private static String escape(String s) {
    StringBuilder e = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> e.append("&lt;");
        case '>' -> e.append("&gt;");
        case '&' -> e.append("&amp;");
        case '"' -> e.append("&quot;");
        case '\'' -> e.append("&#39;");
        default -> e.append(c);
      }
    }
    return e.toString();
  }
}
