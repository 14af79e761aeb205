package org.evsettle.reports.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.evsettle.reports.export.SpreadsheetSafeText;

/**
 * Texts that repeat on line after line (the run, kinds, components, parties, rules, policy files,
 * the rule-set hash), written once into the workbook's shared strings and referenced from each cell
 * by number, as spreadsheet programs store them: they were half of a month's sheet XML. The shared
 * strings are written before the sheets, so they are collected up front, from the run and from the
 * first lines; a text first met later is written in its cell, as any other.
 */
final class SharedTexts {

  /** How many lines are looked at for texts to share; they are held until written. */
  static final int SAMPLE_LINES = 5000;

  private final SharedStringsTable table;
  private final Map<String, Integer> numbers = new HashMap<>();

  SharedTexts(SharedStringsTable table) {
    this.table = table;
  }

  /** Shares a cell value, as the cell will hold it. */
  void add(Object value) {
    if (value instanceof String || value instanceof Enum<?>) {
      String text = SpreadsheetSafeText.of(value.toString());
      numbers.computeIfAbsent(text, t -> table.addSharedStringItem(new XSSFRichTextString(t)));
    }
  }

  /** The shared string number of a cell's text, or null when it is written in the cell. */
  Integer numberOf(String text) {
    return numbers.get(text);
  }

  /**
   * Takes up to {@link #SAMPLE_LINES} items, gives each to {@code sample}, and returns an iterator
   * over all items, those taken first.
   */
  static <T> Iterator<T> sampled(Iterator<T> items, java.util.function.Consumer<T> sample) {
    List<T> head = new ArrayList<>();
    while (head.size() < SAMPLE_LINES && items.hasNext()) {
      T item = items.next();
      sample.accept(item);
      head.add(item);
    }
    Iterator<T> first = head.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return first.hasNext() || items.hasNext();
      }

      @Override
      public T next() {
        if (first.hasNext()) {
          return first.next();
        }
        if (!items.hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
  }
}
