package jp.mynacard.returned;

import static jp.mynacard.renewal.PaperFixture.run;
import static jp.mynacard.renewal.ReturnFixture.letter;
import static jp.mynacard.renewal.ReturnFixture.moved;
import static jp.mynacard.renewal.ReturnFixture.resident;
import static jp.mynacard.renewal.ReturnFixture.returned;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import jp.mynacard.renewal.PaperFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list for the resident-record clerks, byte for byte (embedded Derby): the accepted rows of one
 * job in line order, the address each letter went to, never a formula, whether paper is stopped.
 */
class ClerksListTest {
  @TempDir Path dir;
  private ClerksList list;

  @BeforeEach
  void returns() throws Exception {
    DataSource ds = PaperFixture.database();
    try (Connection c = ds.getConnection()) {
      resident(c, "R1", "=HYPERLINK(\"http://evil.example\",\"みらい市\")");
      resident(c, "R2", "みらい市中央1丁目2番3号");
      run(c, 1, true);
      String first = letter(c, 1, "R1");
      String second = letter(c, 1, "R2");
      returned(c, first, "2026-04-03");
      returned(c, second, "2026-04-04");
      moved(c, "R2", "305-0044", "みらい市東2丁目5番8号");
      accepted(c, 9, second, 3, true);
      accepted(c, 9, first, 5, false);
      accepted(c, 8, first, 2, false); // another job's row
    }
    list = new ClerksList();
    list.dataSource = ds;
  }

  private static void accepted(Connection c, long job, String letterId, long line, boolean known)
      throws Exception {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO returned_import_row (instance_id, letter_id, line_no, already_recorded)"
                + " VALUES (?, ?, ?, ?)")) {
      s.setLong(1, job);
      s.setString(2, letterId);
      s.setLong(3, line);
      s.setBoolean(4, known);
      s.executeUpdate();
    }
  }

  private String written(Charset charset) throws Exception {
    Path target = dir.resolve("returns.csv.residents.csv");
    assertEquals(1, list.write(9, target, charset), "R1's paper is stopped, R2 moved since");
    return new String(Files.readAllBytes(target), charset);
  }

  @Test
  void theListNamesResidentLetterReturnAndAddressInLineOrder() throws Exception {
    assertEquals(
        "line,resident_id,letter_id,returned_on,reason,postal_code,address,paper_stopped,"
            + "already_recorded\r\n"
            + "3,R2,L20260401-1-R2,2026-04-04,MOVED,305-0032,みらい市中央1丁目2番3号,false,true\r\n"
            + "5,R1,L20260401-1-R1,2026-04-03,MOVED,305-0032,"
            + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"みらい市\"\")\",true,false\r\n",
        written(StandardCharsets.UTF_8));
  }

  @Test
  void aWindows31jListGetsAWindows31jResidentsList() throws Exception {
    String csv = written(Charset.forName("windows-31j"));

    assertEquals(3, csv.split("\r\n").length);
    assertEquals(
        "3,R2,L20260401-1-R2,2026-04-04,MOVED,305-0032,みらい市中央1丁目2番3号,false,true",
        csv.split("\r\n")[1]);
  }
}
