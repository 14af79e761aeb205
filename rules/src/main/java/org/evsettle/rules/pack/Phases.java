package org.evsettle.rules.pack;

import java.util.List;

/** The phases (ruleflow groups) the engine runs, in order; a rule in any other never fires. */
public final class Phases {

  /** The decision tables' rows, once, when the pack is compiled. */
  public static final String PARAMETERS = "parameters";

  /** For every batch of records. */
  public static final List<String> RECORDS =
      List.of("classify", "price", "eligibility", "caps", "withhold");

  /** Once per partition, over its share of the period totals. */
  public static final String PERIOD = "period";

  /** Once per partition, last. */
  public static final String REPORT = "report";

  public static final List<String> ALL =
      java.util.stream.Stream.of(List.of(PARAMETERS), RECORDS, List.of(PERIOD, REPORT))
          .flatMap(List::stream)
          .toList();

  private Phases() {}
}
