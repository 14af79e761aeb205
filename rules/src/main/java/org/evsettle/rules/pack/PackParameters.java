package org.evsettle.rules.pack;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evsettle.rules.model.ParameterFact;
import org.evsettle.rules.model.Requirement;
import org.evsettle.rules.model.SubsidyRate;
import org.evsettle.rules.model.Threshold;
import org.evsettle.rules.model.TouWindow;
import org.evsettle.settlement.domain.StationGrade;

/**
 * The rates and thresholds a pack's decision tables write, read once when the pack is compiled and
 * checked: the time-of-use windows cover every minute of every month exactly once (seasonal windows
 * may lie over general ones), every station rating has a subsidy rate, and every parameter the
 * manifest names exists.
 */
public record PackParameters(
    List<TouWindow> windows,
    List<Threshold> thresholds,
    List<SubsidyRate> subsidyRates,
    List<Requirement> requirements) {

  /** The facts are frozen: every rule session of every run shares them. */
  public PackParameters {
    windows = List.copyOf(windows);
    thresholds = List.copyOf(thresholds);
    subsidyRates = List.copyOf(subsidyRates);
    requirements = List.copyOf(requirements);
    Stream.of(windows, thresholds, subsidyRates, requirements)
        .flatMap(List::stream)
        .forEach(ParameterFact::freeze);
  }

  public List<Object> facts() {
    List<Object> all = new ArrayList<>();
    all.addAll(windows);
    all.addAll(thresholds);
    all.addAll(subsidyRates);
    all.addAll(requirements);
    return all;
  }

  public Optional<Threshold> threshold(String name) {
    return thresholds.stream().filter(t -> t.getName().equals(name)).findFirst();
  }

  /** Problems, each naming the spreadsheet row (rule) that causes it. */
  List<PackProblem> check(
      PackManifest manifest, PackTerms terms, Function<String, PackProblem> locate) {
    List<PackProblem> problems = new ArrayList<>();
    for (TouWindow w : windows) {
      if (w.getWindowClass() == null || !terms.windowClasses().contains(w.getWindowClass())) {
        PackProblem at = locate.apply(w.getSource());
        problems.add(
            new PackProblem(
                at.file(),
                at.location(),
                "the window class "
                    + w.getWindowClass()
                    + " is not one the pack declares "
                    + terms.windowClasses()
                    + " (pack.yaml window_classes)"));
      }
    }
    checkWindows(problems, locate);
    if (!subsidyRates.isEmpty()) {
      EnumSet<StationGrade> missing = EnumSet.allOf(StationGrade.class);
      subsidyRates.forEach(r -> missing.remove(r.getGrade()));
      if (!missing.isEmpty()) {
        problems.add(
            new PackProblem(
                "decision tables",
                "",
                "no subsidy rate for station rating(s) " + missing + " (write 0 for none)"));
      }
    }
    Map<String, Threshold> byName =
        thresholds.stream().collect(Collectors.toMap(Threshold::getName, t -> t, (a, b) -> a));
    for (String name : manifest.requiredParameters()) {
      if (!byName.containsKey(name)) {
        problems.add(
            new PackProblem(
                "decision tables",
                "",
                "the parameter '"
                    + name
                    + "' that pack.yaml lists is in no decision table (check its spelling)"));
      }
    }
    return problems;
  }

  private void checkWindows(List<PackProblem> problems, Function<String, PackProblem> locate) {
    if (windows.isEmpty()) {
      return;
    }
    TreeSet<LocalTime> starts = new TreeSet<>();
    starts.add(LocalTime.MIDNIGHT);
    windows.forEach(
        w -> {
          starts.add(w.getFrom());
          starts.add(w.getTo());
        });
    for (Month month : Month.values()) {
      for (LocalTime t : starts) {
        List<TouWindow> general = covering(month, t, false);
        List<TouWindow> seasonal = covering(month, t, true);
        if (general.isEmpty()) {
          problems.add(
              new PackProblem(
                  "time-of-use windows",
                  "",
                  "no window covers "
                      + t
                      + " in "
                      + month
                      + ": every minute of the day needs one"));
          return;
        }
        for (List<TouWindow> overlapping : List.of(general, seasonal)) {
          if (overlapping.size() > 1) {
            PackProblem at = locate.apply(overlapping.get(1).getSource());
            problems.add(
                new PackProblem(
                    at.file(),
                    at.location(),
                    "windows '"
                        + overlapping.get(0).getSource()
                        + "' and '"
                        + overlapping.get(1).getSource()
                        + "' both cover "
                        + t
                        + " in "
                        + month));
            return;
          }
        }
      }
    }
  }

  private List<TouWindow> covering(Month month, LocalTime t, boolean seasonal) {
    return windows.stream()
        .filter(w -> w.isSeasonal() == seasonal && w.appliesIn(month) && w.covers(t))
        .toList();
  }

  /** The rate of a rating, if the pack has one. */
  public Optional<BigDecimal> subsidyRate(StationGrade grade) {
    return subsidyRates.stream()
        .filter(r -> r.getGrade() == grade)
        .map(SubsidyRate::getRate)
        .findFirst();
  }
}
