package jp.mynacard.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import jp.mynacard.renewal.ItemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastFilesTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static ForecastTable table() {
    ForecastRange range =
        new ForecastRange(
            LocalDate.of(2030, 3, 4), LocalDate.of(2030, 3, 17), LocalDate.of(2030, 1, 7));
    return ForecastTable.tally(range, List.of(3, 1))
        .expiring(LocalDate.of(2030, 3, 5), ItemKind.CARD, 2)
        .expiring(LocalDate.of(2030, 3, 12), ItemKind.USER_CERT, 1)
        .sent(LocalDate.of(2030, 3, 6), 3, 4)
        .table();
  }

  @Test
  void theCsvHasAHeaderNamedAsTheApiAndOneCrlfRowPerWeek() throws Exception {
    StringWriter out = new StringWriter();

    ForecastCsv.write(table(), out);

    assertEquals(
        "week,start,end,card,stay,userCert,signCert,letters,visits\r\n"
            + "2030-W10,2030-03-04,2030-03-10,2,0,0,0,3,4\r\n"
            + "2030-W11,2030-03-11,2030-03-17,0,0,1,0,0,0\r\n",
        out.toString());
  }

  @Test
  void theJobWritesTheCsvAndAPngChartIntoTheAsOfFolder(@TempDir Path dir) throws Exception {
    Path csv = ForecastFiles.write(table(), dir);

    Path folder = dir.resolve("2030-01-07");
    assertEquals(folder.resolve("forecast-2030-03-04-2030-03-17.csv"), csv);
    assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("week,start,end,card,"));
    Path png = folder.resolve("forecast-2030-03-04-2030-03-17.png");
    byte[] bytes = Files.readAllBytes(png);
    assertArrayEquals(PNG, Arrays.copyOf(bytes, PNG.length));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(600, image.getHeight());
    assertTrue(image.getWidth() >= 900);
    try (var left = Files.list(folder)) {
      assertFalse(left.anyMatch(p -> p.toString().endsWith(".partial")), "no partial file left");
    }
  }
}
