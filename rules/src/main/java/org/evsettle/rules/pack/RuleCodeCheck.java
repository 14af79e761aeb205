package org.evsettle.rules.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.evsettle.rules.sandbox.RuleCodeAllowList;
import org.evsettle.rules.sandbox.RuleCodeVerifier;
import org.evsettle.rules.sandbox.RuleCodeVerifier.Finding;
import org.kie.api.builder.KieModule;

/**
 * Verifies the bytecode a pack compiled to, and says where in the regulator's files each name rule
 * code may not use was written.
 */
final class RuleCodeCheck {

  private RuleCodeCheck() {}

  static List<PackProblem> check(KieModule module, PackSources sources) {
    InternalKieModule internal = (InternalKieModule) module;
    Map<String, byte[]> classes = new LinkedHashMap<>();
    for (String name : internal.getFileNames()) {
      if (name.endsWith(".class")) {
        classes.put(name, internal.getBytes(name));
      }
    }
    List<Finding> findings =
        RuleCodeVerifier.verify(classes, sources.ruleNames(), RuleCodeAllowList.shipped());
    Set<PackProblem> problems = new LinkedHashSet<>();
    for (Finding f : findings) {
      String message =
          f.reference().owner().equals(RuleCodeVerifier.LOCAL_CLASS)
              ? "rule files may not declare classes inside rule code (a class of its own could"
                  + " keep what one rule session saw for the next): declare a type instead"
              : "rule files may not use " + f.reference().readableName();
      problems.add(sources.locate(f, message));
    }
    return new ArrayList<>(problems);
  }
}
