package jp.mynacard.notice;

/**
 * A letter ready to send or print: its subject, plain text and HTML, and the language it is written
 * in ({@code ja}, {@code en}, …, or {@code ja,en} for the bilingual fallback), which is also the
 * e-mail's Content-Language.
 */
public record RenderedLetter(String contentLanguage, String subject, String text, String html) {}
