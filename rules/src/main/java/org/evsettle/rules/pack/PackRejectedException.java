package org.evsettle.rules.pack;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A pack that cannot be used, with every problem found; it is never evaluated. */
public class PackRejectedException extends RuntimeException {

  private final transient List<PackProblem> problems;

  public PackRejectedException(Path pack, List<PackProblem> problems) {
    super(
        "policy pack "
            + pack
            + " cannot be used: "
            + problems.stream().map(PackProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<PackProblem> problems() {
    return problems;
  }
}
