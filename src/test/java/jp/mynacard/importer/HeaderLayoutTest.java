package jp.mynacard.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.mynacard.testing.RegistryRows;
import org.junit.jupiter.api.Test;

/** Issue 11: an unknown header cell is named by position unless it looks like a column name. */
class HeaderLayoutTest {
  private static List<String> cells(String csvLine) {
    return Arrays.asList(csvLine.split(",", -1));
  }

  @Test
  void aFileWithoutItsHeaderNamesTheFirstRowsCellsByPositionOnly() {
    RegistryRows row = RegistryRows.national("R0001", 1);
    LayoutException e =
        assertThrows(LayoutException.class, () -> HeaderLayout.of(cells(row.csv())));

    assertEquals("column 1 (not a column name)", e.column());
    assertTrue(e.getMessage().contains("column 2 (not a column name)"), e.getMessage());
    for (String value : List.of(row.get("individual_number"), "山田", "みらい市")) {
      assertFalse(e.getMessage().contains(value), value + " in " + e.getMessage());
    }
  }

  @Test
  void aMistypedColumnNameIsNamed() {
    List<String> header = new ArrayList<>(cells(RegistryRows.header()));
    header.set(header.indexOf("individual_number"), "individual_nmuber");

    LayoutException e = assertThrows(LayoutException.class, () -> HeaderLayout.of(header));

    assertEquals("individual_nmuber", e.column());
  }

  @Test
  void aNumberWhereAColumnNameShouldBeIsNeverQuoted() {
    List<String> header = new ArrayList<>(cells(RegistryRows.header()));
    header.set(1, "６２１４ ９８３２ ０２５７");

    LayoutException e = assertThrows(LayoutException.class, () -> HeaderLayout.of(header));

    assertEquals("column 2 (not a column name)", e.column());
    assertFalse(e.getMessage().contains("０２５７"), e.getMessage());
  }

  @Test
  void anEmptyHeaderCellIsNamedByPosition() {
    List<String> header = new ArrayList<>(cells(RegistryRows.header()));
    header.add("");

    LayoutException e = assertThrows(LayoutException.class, () -> HeaderLayout.of(header));

    assertEquals("column 29 (empty name)", e.column());
  }
}
