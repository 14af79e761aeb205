package org.evsettle.rules.model;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.Month;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.evsettle.settlement.domain.WindowClass;

/**
 * A time-of-use window as a regulator writes it in the rates spreadsheet: a class, local start and
 * end (end before start wraps past midnight; 00:00 to 00:00 is the whole day), the months it
 * applies in (none = every month) and its energy rate per kWh. A window limited to months overrides
 * the general windows in those months (critical peak hours inside the peak).
 */
public class TouWindow extends ParameterFact {

  private WindowClass windowClass;
  private LocalTime from;
  private LocalTime to;
  private final Set<Month> months = EnumSet.noneOf(Month.class);
  private BigDecimal rate;
  private String source = "";

  public TouWindow() {}

  public TouWindow(WindowClass windowClass, String from, String to, String months, String rate) {
    setWindowClass(windowClass);
    setFrom(from);
    setTo(to);
    setMonths(months);
    setRate(rate);
  }

  public WindowClass getWindowClass() {
    return windowClass;
  }

  public void setWindowClass(WindowClass windowClass) {
    changing();
    this.windowClass = windowClass;
  }

  /** A class by its name, as a pack that declares its own classes writes it in a cell. */
  public void setWindowClass(String name) {
    setWindowClass(WindowClass.of(name == null ? null : name.trim()));
  }

  public LocalTime getFrom() {
    return from;
  }

  public void setFrom(String from) {
    changing();
    this.from = CellValues.time(from);
  }

  public LocalTime getTo() {
    return to;
  }

  public void setTo(String to) {
    changing();
    this.to = CellValues.time(to);
  }

  /** A read-only view: the windows are shared by every rule session of a run. */
  public Set<Month> getMonths() {
    return Collections.unmodifiableSet(months);
  }

  /** Month numbers separated by commas, e.g. {@code 1, 7, 8, 12}; empty for every month. */
  public void setMonths(String list) {
    changing();
    months.clear();
    if (list == null) {
      return;
    }
    for (String part : list.split(",")) {
      if (!part.isBlank()) {
        months.add(month(part.trim()));
      }
    }
  }

  private static Month month(String number) {
    try {
      return Month.of(Integer.parseInt(number));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + number + "' is not a month number from 1 to 12");
    }
  }

  public boolean isSeasonal() {
    return !months.isEmpty();
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(String rate) {
    changing();
    this.rate = CellValues.number(rate);
  }

  /** The spreadsheet row (its rule name) that wrote the window, for messages. */
  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    changing();
    this.source = source;
  }

  public boolean appliesIn(Month month) {
    return months.isEmpty() || months.contains(month);
  }

  public boolean covers(LocalTime time) {
    if (from.equals(to)) {
      return true;
    }
    if (from.isBefore(to)) {
      return !time.isBefore(from) && time.isBefore(to);
    }
    return !time.isBefore(from) || time.isBefore(to);
  }

  @Override
  public String toString() {
    return windowClass
        + " "
        + from
        + "-"
        + to
        + (months.isEmpty() ? "" : " in months " + months)
        + " at "
        + rate;
  }
}
