package jp.mynacard.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import jp.mynacard.validity.IndividualNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumberProtectorTest {
  private static final IndividualNumber NUMBER = IndividualNumber.parse("621498320257");

  @TempDir Path dir;

  private static String key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return Base64.getEncoder().encodeToString(key);
  }

  private static NumberProtector protector(int encryptionFill, int hashFill) {
    NumberKeys keys = NumberKeys.fromBase64(key(encryptionFill), key(hashFill));
    return new NumberProtector(keys.encryptionKey(), keys.hashKey());
  }

  @Test
  void sealedNumberUnsealsToTheSameNumber() {
    NumberProtector p = protector(1, 2);
    assertEquals(NUMBER, p.unseal(p.seal(NUMBER, "R0001"), "R0001"));
  }

  @Test
  void sealedTextNeverShowsTheDigits() {
    String sealed = protector(1, 2).seal(NUMBER, "R0001");
    assertTrue(sealed.startsWith("1:"), sealed);
    assertFalse(sealed.contains(NUMBER.digits()), sealed);
  }

  @Test
  void sealingTwiceGivesDifferentTexts() {
    NumberProtector p = protector(1, 2);
    assertNotEquals(p.seal(NUMBER, "R0001"), p.seal(NUMBER, "R0001"));
  }

  @Test
  void sealedNumberDoesNotOpenForAnotherResident() {
    NumberProtector p = protector(1, 2);
    String sealed = p.seal(NUMBER, "R0001");
    assertThrows(IllegalStateException.class, () -> p.unseal(sealed, "R0002"));
  }

  @Test
  void sealedNumberDoesNotOpenWithAnotherKey() {
    String sealed = protector(1, 2).seal(NUMBER, "R0001");
    assertThrows(IllegalStateException.class, () -> protector(3, 2).unseal(sealed, "R0001"));
  }

  @Test
  void unknownSealedFormatIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> protector(1, 2).unseal("2:AAAA", "R0001"));
  }

  @Test
  void hashIsDeterministicLowerCaseHexOf64Digits() {
    String hash = protector(1, 2).hash(NUMBER);
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    assertEquals(hash, protector(5, 2).hash(NUMBER), "the encryption key plays no part");
  }

  @Test
  void hashDiffersForAnotherHashKeyOrNumber() {
    String hash = protector(1, 2).hash(NUMBER);
    assertNotEquals(hash, protector(1, 3).hash(NUMBER));
    assertNotEquals(hash, protector(1, 2).hash(IndividualNumber.parse("123456789018")));
  }

  @Test
  void keyFileIsCreatedOwnerOnlyOnFirstUse() throws IOException {
    Path file = dir.resolve("keys/number-keys.properties");
    NumberKeys.fromFile(file);
    assertTrue(Files.exists(file));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (var left = Files.list(file.getParent())) {
      assertEquals(1, left.count(), "no temporary file remains");
    }
  }

  @Test
  void keyFileGivesTheSameKeysTheSecondTime() throws IOException {
    Path file = dir.resolve("number-keys.properties");
    NumberKeys first = NumberKeys.fromFile(file);
    byte[] content = Files.readAllBytes(file);
    NumberKeys second = NumberKeys.fromFile(file);
    assertArrayEquals(first.encryptionKey().getEncoded(), second.encryptionKey().getEncoded());
    assertArrayEquals(first.hashKey().getEncoded(), second.hashKey().getEncoded());
    assertArrayEquals(content, Files.readAllBytes(file));
    String sealed = new NumberProtector(first.encryptionKey(), first.hashKey()).seal(NUMBER, "R1");
    assertEquals(
        NUMBER, new NumberProtector(second.encryptionKey(), second.hashKey()).unseal(sealed, "R1"));
  }

  @Test
  void generatedKeysAreFreshAndDistinct() throws IOException {
    NumberKeys a = NumberKeys.fromFile(dir.resolve("a.properties"));
    NumberKeys b = NumberKeys.fromFile(dir.resolve("b.properties"));
    assertFalse(Arrays.equals(a.encryptionKey().getEncoded(), b.encryptionKey().getEncoded()));
    assertFalse(Arrays.equals(a.encryptionKey().getEncoded(), a.hashKey().getEncoded()));
  }

  @Test
  void keysThatAreNot32BytesAreRefused() {
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);
    String long33 = Base64.getEncoder().encodeToString(new byte[33]);
    assertThrows(IllegalStateException.class, () -> NumberKeys.fromBase64(short16, key(2)));
    assertThrows(IllegalStateException.class, () -> NumberKeys.fromBase64(key(1), long33));
    assertThrows(IllegalStateException.class, () -> NumberKeys.fromBase64("", key(2)));
  }

  @Test
  void keyFileThatOthersMayReadIsRefusedNamingTheFix() throws IOException {
    Path file = dir.resolve("number-keys.properties");
    NumberKeys.fromFile(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> NumberKeys.fromFile(file));
    assertTrue(refused.getMessage().contains("chmod 600"), refused.getMessage());
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
    assertThrows(IllegalStateException.class, () -> NumberKeys.fromFile(file));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
    NumberKeys.fromFile(file);
  }

  @Test
  void keyFileBehindASymbolicLinkIsJudgedByTheFileItLeadsTo() throws IOException {
    Path real = dir.resolve("real.properties");
    NumberKeys first = NumberKeys.fromFile(real);
    Path link = Files.createSymbolicLink(dir.resolve("link.properties"), real);
    assertArrayEquals(
        first.hashKey().getEncoded(), NumberKeys.fromFile(link).hashKey().getEncoded());
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw----r--"));
    assertThrows(IllegalStateException.class, () -> NumberKeys.fromFile(link));
  }
}
