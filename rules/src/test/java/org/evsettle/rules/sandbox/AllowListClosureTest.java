package org.evsettle.rules.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.evsettle.settlement.domain.ChargingSession;
import org.junit.jupiter.api.Test;

/**
 * Defence in depth: whatever a rule can reach through the fact model is itself on the allow-list.
 * No public method or field of a fact or domain value takes or returns a type rule code may not
 * use, so no object of another kind (a key, a file, a connection) can be handed to a rule.
 */
class AllowListClosureTest {

  private final RuleCodeAllowList list = RuleCodeAllowList.shipped();

  @Test
  void everyFactAndDomainValueExposesOnlyAllowedTypes() throws Exception {
    List<String> outside = new ArrayList<>();
    for (Class<?> type : factModelAndDomainValues()) {
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass() == Object.class
            || !list.allowsMember(internal(type), m.getName())) {
          continue;
        }
        List<Class<?>> used = new ArrayList<>(List.of(m.getParameterTypes()));
        used.add(m.getReturnType());
        for (Class<?> t : used) {
          if (!allowed(t)) {
            outside.add(type.getSimpleName() + "." + m.getName() + " uses " + t.getName());
          }
        }
      }
      for (Field f : type.getFields()) {
        if (!allowed(f.getType())) {
          outside.add(type.getSimpleName() + "." + f.getName() + " is a " + f.getType().getName());
        }
      }
    }
    assertThat(outside).isEmpty();
  }

  @Test
  void factsHaveNoPublicFieldARuleCouldOverwrite() throws Exception {
    for (Class<?> type : factModelAndDomainValues()) {
      for (Field f : type.getFields()) {
        assertThat(Modifier.isFinal(f.getModifiers()))
            .as(type.getName() + "." + f.getName())
            .isTrue();
      }
    }
  }

  private boolean allowed(Class<?> t) {
    while (t.isArray()) {
      t = t.getComponentType();
    }
    return t.isPrimitive() || list.allowsType(internal(t));
  }

  private static String internal(Class<?> t) {
    return t.getName().replace('.', '/');
  }

  /** Every public class of the fact model, and the domain values the list names. */
  private List<Class<?>> factModelAndDomainValues() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    Path model = Path.of("target/classes/org/evsettle/rules/model");
    try (Stream<Path> files = Files.list(model)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("package-info")) {
          Class<?> c = Class.forName("org.evsettle.rules.model." + name.replace(".class", ""));
          if (Modifier.isPublic(c.getModifiers())) {
            types.add(c);
          }
        }
      }
    }
    String domain = ChargingSession.class.getPackageName() + ".";
    for (String simple :
        List.of(
            "AccessType",
            "Charger",
            "ChargingSession",
            "Component",
            "CurrentType",
            "DispatchEvent",
            "DispatchKind",
            "Energy",
            "IntervalReading",
            "Money",
            "PowerClass",
            "Quarter",
            "RecordStatus",
            "RecordType",
            "SignedMetering",
            "StationGrade",
            "V2gDischarge",
            "WindowClass")) {
      Class<?> c = Class.forName(domain + simple);
      assertThat(list.allowsType(internal(c))).as(simple).isTrue();
      types.add(c);
    }
    return types;
  }
}
