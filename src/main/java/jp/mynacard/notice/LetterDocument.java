package jp.mynacard.notice;

import java.util.List;

/**
 * A letter as blocks, so that the same content becomes the vendor's printable text and the e-mail's
 * text and HTML parts.
 */
public record LetterDocument(String language, String subject, List<Block> blocks) {
  public LetterDocument {
    blocks = List.copyOf(blocks);
  }

  /** One part of a letter. */
  public sealed interface Block permits Heading, Paragraph, Bullets {}

  public record Heading(String text) implements Block {}

  public record Paragraph(String text) implements Block {}

  public record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }
}
