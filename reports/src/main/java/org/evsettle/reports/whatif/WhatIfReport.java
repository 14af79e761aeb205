package org.evsettle.reports.whatif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.evsettle.settlement.whatif.Comparison;
import org.evsettle.settlement.whatif.EligibilityChange;

/**
 * The files of one what-if in its folder: comparison.xlsx for the regulator and the CSV files.
 * Sessions whose eligibility changes are written as they are found; the rest when the comparison is
 * finished.
 */
public final class WhatIfReport implements Consumer<EligibilityChange>, AutoCloseable {

  public static final String WORKBOOK = "comparison.xlsx";

  private final Path folder;
  private final ComparisonWorkbook workbook;
  private final ComparisonCsv csv;

  public WhatIfReport(Path folder) {
    this.folder = folder;
    try {
      Files.createDirectories(folder);
      this.workbook = new ComparisonWorkbook();
      this.csv = new ComparisonCsv(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void accept(EligibilityChange change) {
    workbook.eligibility(change);
    try {
      csv.eligibility(change);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void finish(WhatIfHeading heading, Comparison comparison) {
    try {
      csv.finish(comparison);
      workbook.finish(heading, comparison, folder.resolve(WORKBOOK));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try (workbook;
        csv) {
      // both closed, the workbook's temporary files removed
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
