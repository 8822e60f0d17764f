package jp.mynacard.returned;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@code <input>.residents.csv}, for the resident-record clerks: every accepted row of the list, in
 * line order, with the resident, the letter, when and why it came back, the address it went to and
 * whether paper to the resident is stopped now (the registry still holds that address: it is the
 * clerks' to check). Never a name or the Individual Number. Written from what the run recorded, so
 * a restart writes the same file.
 */
@ApplicationScoped
public class ClerksList {
  private static final String ROWS =
      "SELECT i.line_no, rl.resident_id, rl.letter_id, rl.returned_on, rl.reason,"
          + " rl.postal_code, rl.address, i.already_recorded"
          + " FROM returned_import_row i JOIN returned_letter rl ON rl.letter_id = i.letter_id"
          + " WHERE i.instance_id = ? ORDER BY i.line_no";
  private static final String RESIDENTS =
      "SELECT rl2.resident_id FROM returned_import_row i2"
          + " JOIN returned_letter rl2 ON rl2.letter_id = i2.letter_id WHERE i2.instance_id = ?";

  @Resource(lookup = "jdbc/mynacard")
  DataSource dataSource;

  /** Writes the run's list to {@code target}; answers how many of its rows have paper stopped. */
  public long write(long instanceId, Path target, Charset charset)
      throws SQLException, IOException {
    long stopped = 0;
    try (Connection c = dataSource.getConnection();
        ReportCsv out = ReportCsv.create(target, charset, ReturnFiles.RESIDENT_HEADER)) {
      Set<String> stoppedResidents = LastReturns.stoppedAmong(c, RESIDENTS, instanceId);
      try (PreparedStatement s = c.prepareStatement(ROWS)) {
        s.setLong(1, instanceId);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            boolean paperStopped = stoppedResidents.contains(r.getString(2));
            if (paperStopped) {
              stopped++;
            }
            out.print(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getDate(4).toLocalDate().toString(),
                r.getString(5),
                r.getString(6) == null ? "" : r.getString(6),
                r.getString(7),
                Boolean.toString(paperStopped),
                Boolean.toString(r.getBoolean(8)));
          }
        }
      }
      out.publish(target);
    }
    return stopped;
  }
}
