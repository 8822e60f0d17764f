package jp.mynacard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document states each operation's roles where the container enforces them: every
 * resource method has its own {@code operationId}, an {@code x-roles} equal to its
 * {@code @RolesAllowed}, and HTTP Basic as its security, or no security at all when it permits
 * anyone (the CRL).
 */
class OperationRolesTest {
  @Test
  void everyOperationHasAnIdAndItsEnforcedRolesAndSecurity() throws Exception {
    List<Method> operations = operations();
    Set<String> ids = new HashSet<>();
    for (Method m : operations) {
      String where = m.getDeclaringClass().getSimpleName() + "." + m.getName();
      Operation op = m.getAnnotation(Operation.class);
      assertNotNull(op, where);
      assertFalse(op.operationId().isBlank(), where + " has an operationId");
      assertTrue(ids.add(op.operationId()), where + ": " + op.operationId() + " is unique");
      boolean anyone = m.isAnnotationPresent(PermitAll.class);
      assertEquals(anyone ? "anyone" : String.join(",", roles(m)), xRoles(op), where);
      if (anyone) {
        SecurityRequirements none = m.getAnnotation(SecurityRequirements.class);
        assertTrue(none != null && none.value().length == 0, where + " says security: []");
      } else {
        SecurityRequirement basic = m.getAnnotation(SecurityRequirement.class);
        assertTrue(
            basic != null && MynacardApi.BASIC.equals(basic.name()), where + " needs HTTP Basic");
      }
    }
    assertEquals(16, operations.size(), "operations found");
  }

  private static List<String> roles(Method m) {
    RolesAllowed roles = m.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      roles = m.getDeclaringClass().getAnnotation(RolesAllowed.class);
    }
    assertNotNull(roles, m + " allows some roles");
    return Arrays.asList(roles.value());
  }

  private static String xRoles(Operation op) {
    return Stream.of(op.extensions())
        .filter(e -> "x-roles".equals(e.name()))
        .map(Extension::value)
        .findFirst()
        .orElse(null);
  }

  /** The resource methods of the package's compiled {@code @Path} classes. */
  private static List<Method> operations() throws IOException, ClassNotFoundException {
    List<Method> found = new ArrayList<>();
    List<java.nio.file.Path> files;
    try (Stream<java.nio.file.Path> listing =
        Files.list(java.nio.file.Path.of("target/classes/jp/mynacard/api"))) {
      files = listing.toList();
    }
    for (java.nio.file.Path file : files) {
      String name = file.getFileName().toString();
      if (!name.endsWith(".class") || name.contains("$")) {
        continue;
      }
      Class<?> type = Class.forName("jp.mynacard.api." + name.replace(".class", ""));
      if (!type.isAnnotationPresent(Path.class)) {
        continue;
      }
      for (Method m : type.getDeclaredMethods()) {
        if (Stream.of(m.getAnnotations())
            .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
          found.add(m);
        }
      }
    }
    return found;
  }
}
