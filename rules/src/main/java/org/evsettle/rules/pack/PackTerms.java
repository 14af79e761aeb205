package org.evsettle.rules.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.ComponentDefinition;
import org.evsettle.settlement.domain.Payer;
import org.evsettle.settlement.domain.WindowClass;

/**
 * The components and window classes a pack's lines may carry: the built-in ones, the pack's own
 * from {@code pack.yaml} ({@code components:} adds components or redefines built-in ones; {@code
 * window_classes:} replaces the built-in classes), and whether the pack has a fund. A line of
 * anything else is refused, so a misspelt name never reaches the ledger.
 */
public record PackTerms(
    Map<Component, ComponentDefinition> components,
    List<WindowClass> windowClasses,
    boolean hasFund) {

  public PackTerms {
    components = Map.copyOf(components);
    windowClasses = List.copyOf(windowClasses);
  }

  /** The terms of a manifest; what cannot be used is added to {@code problems}. */
  static PackTerms of(PackManifest manifest, List<PackProblem> problems) {
    Map<Component, ComponentDefinition> components = new LinkedHashMap<>();
    ComponentDefinition.builtIn().forEach(d -> components.put(d.component(), d));
    if (manifest.components() != null) {
      manifest.components().forEach((name, terms) -> define(name, terms, components, problems));
    }
    boolean hasFund = manifest.fundId() != null && !manifest.fundId().isBlank();
    List<WindowClass> classes = new ArrayList<>();
    if (manifest.windowClasses() == null) {
      classes.addAll(WindowClass.builtIn());
    } else {
      for (String name : manifest.windowClasses()) {
        try {
          classes.add(WindowClass.of(name));
        } catch (IllegalArgumentException e) {
          problems.add(new PackProblem("pack.yaml", "", "window_classes: " + e.getMessage()));
        }
      }
    }
    return new PackTerms(components, classes, hasFund);
  }

  private static void define(
      String name,
      PackManifest.ComponentTerms terms,
      Map<Component, ComponentDefinition> components,
      List<PackProblem> problems) {
    try {
      if (terms == null || terms.payer() == null || terms.payee() == null) {
        throw new IllegalArgumentException(name + " needs a payer and a payee");
      }
      Component component = Component.of(name);
      components.put(
          component,
          new ComponentDefinition(
              component,
              Payer.named(terms.payer()),
              Payer.named(terms.payee()),
              Boolean.TRUE.equals(terms.energy())));
    } catch (IllegalArgumentException e) {
      problems.add(new PackProblem("pack.yaml", "", "components: " + e.getMessage()));
    }
  }

  /** The definitions, built-in components first, as a run records them. */
  public List<ComponentDefinition> definitions() {
    return components.values().stream()
        .sorted(java.util.Comparator.comparing(ComponentDefinition::component))
        .toList();
  }

  /** Whether lines of this component count as delivered energy. */
  public boolean countsEnergy(Component component) {
    ComponentDefinition d = components.get(component);
    return d != null && d.countsEnergy();
  }

  /**
   * Why a line may not be written, or null: its component or window class is not defined, or its
   * payer or payee is not of the component's party (the line's operator, the pack's fund, or one of
   * {@code utilities}, those that serve the operator's chargers, sites and dispatch events).
   */
  public String refusal(
      Component component,
      WindowClass window,
      String payer,
      String payee,
      String operatorId,
      String fundId,
      java.util.Set<String> utilities) {
    String refused = refusal(component, window);
    if (refused != null) {
      return refused;
    }
    ComponentDefinition d = components.get(component);
    if (!isA(d.payer(), payer, operatorId, fundId, utilities)
        || !isA(d.payee(), payee, operatorId, fundId, utilities)) {
      return "a "
          + component
          + " line is paid by the "
          + d.payer().label()
          + " to the "
          + d.payee().label()
          + ", not by "
          + payer
          + " to "
          + payee
          + " (operator "
          + operatorId
          + ")";
    }
    return null;
  }

  private static boolean isA(
      Payer role, String party, String operatorId, String fundId, java.util.Set<String> utilities) {
    return switch (role) {
      case OPERATOR -> party.equals(operatorId);
      case FUND -> party.equals(fundId);
      case UTILITY -> utilities.contains(party) && !party.equals(operatorId);
    };
  }

  private String refusal(Component component, WindowClass window) {
    ComponentDefinition d = components.get(component);
    if (d == null) {
      return "its component "
          + component
          + " is not defined (pack.yaml components: "
          + components.keySet().stream().sorted().map(Component::name).toList()
          + ")";
    }
    if (!hasFund && (d.payer() == Payer.FUND || d.payee() == Payer.FUND)) {
      return "its component " + component + " involves the fund, and the pack names no fund_id";
    }
    if (window != null && !windowClasses.contains(window)) {
      return "its window class " + window + " is not one of " + windowClasses;
    }
    return null;
  }
}
