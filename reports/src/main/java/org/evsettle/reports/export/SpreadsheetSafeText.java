package org.evsettle.reports.export;

/**
 * Text that came from inputs must never be read as a formula by the spreadsheet program a utility
 * or auditor opens an export in: a value starting with {@code = + - @}, a tab or a carriage return
 * gets a leading apostrophe. Numbers are written by the exporter itself and are left as they are.
 */
public final class SpreadsheetSafeText {

  private SpreadsheetSafeText() {}

  public static String of(String text) {
    if (text == null || text.isEmpty()) {
      return text == null ? "" : text;
    }
    char first = text.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + text
        : text;
  }
}
