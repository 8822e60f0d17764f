package jp.mynacard.openapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;

/**
 * What Prism found wrong with one exchange (its {@code sl-violations} header), and which of it
 * breaks the contract. Every finding about the answer does, warnings included: Prism calls an
 * undocumented status a warning, but a client generated from the document cannot handle it. A
 * finding about the request does only when the server accepted that request: when the server
 * refused it as well (a 4xx), document and server agree that it is wrong, as a test sending bad
 * input intends.
 */
record Violations(List<Finding> findings) {
  /** One finding: where (request or response, then the part), how bad, what. */
  record Finding(List<String> location, String severity, String message) {
    boolean aboutRequest() {
      return !location.isEmpty() && "request".equals(location.get(0));
    }

    @Override
    public String toString() {
      return severity + " at " + String.join(".", location) + ": " + message;
    }
  }

  static final String HEADER = "sl-violations";

  /** The findings of a {@code sl-violations} header; none when it is absent. */
  static Violations of(String header) {
    if (header == null || header.isBlank()) {
      return new Violations(List.of());
    }
    try (var reader = Json.createReader(new StringReader(header))) {
      return new Violations(
          reader.readArray().getValuesAs(JsonObject.class).stream()
              .map(
                  v ->
                      new Finding(
                          v.getJsonArray("location").getValuesAs(JsonString.class).stream()
                              .map(JsonString::getString)
                              .toList(),
                          v.getString("severity", ""),
                          v.getString("message", "")))
              .toList());
    }
  }

  /** The findings that break the contract, given the status the server answered. */
  List<Finding> breaking(int status) {
    boolean refused = status >= 400 && status < 500;
    return findings.stream().filter(f -> !(f.aboutRequest() && refused)).toList();
  }
}
