package org.evsettle.reports.whatif;

import java.util.List;
import java.util.Map;

/**
 * What a comparison compares: the period, the draft (pack, version, rule-set hash, folder) and the
 * latest real run of the period (or none), as label and value pairs in the order they are shown.
 */
public record WhatIfHeading(List<Map.Entry<String, String>> facts) {

  public WhatIfHeading {
    facts = List.copyOf(facts);
  }
}
