package jp.mynacard.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportParametersTest {
  @Test
  void dryRunAndConfirmMassChangesTakeTrueOrFalse() {
    var p =
        ImportParameters.validate(
            Map.of("inputFile", "x.csv", "dryRun", "true", "confirmMassChanges", " false "));
    assertEquals("true", p.getProperty("dryRun"));
    assertEquals("false", p.getProperty("confirmMassChanges"));
  }

  @Test
  void anythingElseForAFlagIsRefusedWithItsName() {
    for (String flag : new String[] {"dryRun", "confirmMassChanges"}) {
      for (String bad : new String[] {"yes", "1", "TRUE", "True", "on", "tru", "true;", "ｔｒｕｅ"}) {
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () -> ImportParameters.validate(Map.of("inputFile", "x.csv", flag, bad)),
                flag + "=" + bad);
        assertEquals(flag + " must be true or false", e.getMessage());
      }
    }
  }

  @Test
  void aMisspeltFlagIsAnUnknownParameter() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ImportParameters.validate(Map.of("inputFile", "x.csv", "dryrun", "true")));
  }
}
