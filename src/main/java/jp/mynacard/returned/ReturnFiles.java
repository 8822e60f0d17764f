package jp.mynacard.returned;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A list and its reports beside it, in the list's encoding: {@code <input>.rejects.csv} and the
 * clerks' {@code <input>.residents.csv}.
 */
public record ReturnFiles(Path input, Charset charset) {
  static final String[] REJECT_HEADER = {"line", "letter_id", "column", "reason"};
  static final String[] RESIDENT_HEADER = {
    "line",
    "resident_id",
    "letter_id",
    "returned_on",
    "reason",
    "postal_code",
    "address",
    "paper_stopped",
    "already_recorded"
  };

  public Path rejects() {
    return beside(".rejects.csv");
  }

  public Path residents() {
    return beside(".residents.csv");
  }

  private Path beside(String suffix) {
    return input.resolveSibling(input.getFileName() + suffix);
  }
}
