package org.evsettle.settlement.whatif;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.evsettle.settlement.domain.LineSubject;
import org.evsettle.settlement.domain.Money;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Reads an operator's lines of both settlements (and the draft's refusals), sorted by record, one
 * record at a time: each record's differences are added to the operator's amounts, offered to the
 * records that change most (only those are kept), and a session whose subsidy eligibility flips is
 * handed on at once. Memory holds one record, the amounts and the leading records, never a month.
 */
final class RecordScan implements RowCallbackHandler {

  /** Where the fund stands in each component: +1 it pays, -1 it is paid, absent neither. */
  record FundSigns(Map<String, Integer> latest, Map<String, Integer> draft) {}

  private record AmountKey(String operator, String component, String window, String currency) {}

  private static final Comparator<AmountKey> AMOUNT_ORDER =
      Comparator.comparing(AmountKey::operator)
          .thenComparing(AmountKey::component)
          .thenComparing(AmountKey::window, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(AmountKey::currency);

  // the larger change first; equal changes in the order of operator, record type and id
  static final Comparator<RecordChange> MOST_FIRST =
      Comparator.comparing(RecordChange::change)
          .reversed()
          .thenComparing(RecordChange::operatorId)
          .thenComparing(RecordChange::recordType)
          .thenComparing(RecordChange::recordId);

  private final FundSigns fund;
  private final int keep;
  private final Consumer<EligibilityChange> eligibility;
  private final Map<AmountKey, BigDecimal[]> amounts = new TreeMap<>(AMOUNT_ORDER);
  private final PriorityQueue<RecordChange> leading = new PriorityQueue<>(MOST_FIRST.reversed());
  private long eligibilityChanges;
  private long recordsChanged;

  // the record being read
  private String operator;
  private String recordType;
  private String recordId;
  private final Map<List<String>, BigDecimal[]> byComponent = new HashMap<>();
  private BigDecimal latestSubsidy = BigDecimal.ZERO;
  private BigDecimal draftSubsidy = BigDecimal.ZERO;
  private String currency;
  private String refusal;

  RecordScan(FundSigns fund, int keep, Consumer<EligibilityChange> eligibility) {
    this.fund = fund;
    this.keep = keep;
    this.eligibility = eligibility;
  }

  void operator(String operatorId) {
    finishRecord();
    this.operator = operatorId;
  }

  @Override
  public void processRow(ResultSet rs) throws SQLException {
    String type = rs.getString("record_type");
    String id = rs.getString("record_id");
    if (!type.equals(recordType) || !id.equals(recordId)) {
      finishRecord();
      recordType = type;
      recordId = id;
    }
    String side = rs.getString("side");
    if ("R".equals(side)) {
      refusal = rs.getString("reason");
      return;
    }
    boolean latest = "L".equals(side);
    String component = rs.getString("component");
    String window = rs.getString("window_class");
    BigDecimal amount = rs.getBigDecimal("amount");
    currency = rs.getString("currency");
    add(
        byComponent.computeIfAbsent(Arrays.asList(component, window), k -> zeros()),
        latest,
        amount);
    add(
        amounts.computeIfAbsent(new AmountKey(operator, component, window, currency), k -> zeros()),
        latest,
        amount);
    Integer sign = (latest ? fund.latest() : fund.draft()).get(component);
    if (sign != null) {
      BigDecimal signed = sign > 0 ? amount : amount.negate();
      if (latest) {
        latestSubsidy = latestSubsidy.add(signed);
      } else {
        draftSubsidy = draftSubsidy.add(signed);
      }
    }
  }

  /** Ends the record read last: its change, and its subsidy eligibility. */
  void finishRecord() {
    if (recordId != null) {
      BigDecimal change = BigDecimal.ZERO;
      for (BigDecimal[] sides : byComponent.values()) {
        change = change.add(sides[1].subtract(sides[0]).abs());
      }
      if (change.signum() != 0) {
        recordsChanged++;
        offer(new RecordChange(operator, recordType, recordId, scaled(change), List.of()));
      }
      if (LineSubject.SESSIONS.name().equals(recordType)
          && latestSubsidy.signum() > 0 != draftSubsidy.signum() > 0) {
        eligibilityChanges++;
        eligibility.accept(
            new EligibilityChange(
                operator,
                recordId,
                scaled(latestSubsidy),
                scaled(draftSubsidy),
                currency,
                draftSubsidy.signum() > 0 ? null : refusal));
      }
    }
    recordType = null;
    recordId = null;
    byComponent.clear();
    latestSubsidy = BigDecimal.ZERO;
    draftSubsidy = BigDecimal.ZERO;
    refusal = null;
  }

  private void offer(RecordChange change) {
    leading.add(change);
    if (leading.size() > keep) {
      leading.poll(); // the least of them
    }
  }

  List<AmountDifference> amounts() {
    List<AmountDifference> rows = new ArrayList<>();
    amounts.forEach(
        (k, v) ->
            rows.add(
                new AmountDifference(
                    k.operator(),
                    k.component(),
                    k.window(),
                    k.currency(),
                    stored(v[0], k.currency()),
                    stored(v[1], k.currency()))));
    return rows;
  }

  /** The records that change most, the most first, without their lines. */
  List<RecordChange> leading() {
    return leading.stream().sorted(MOST_FIRST).toList();
  }

  long eligibilityChanges() {
    return eligibilityChanges;
  }

  long recordsChanged() {
    return recordsChanged;
  }

  private BigDecimal scaled(BigDecimal amount) {
    return currency == null ? amount : stored(amount, currency);
  }

  private static BigDecimal stored(BigDecimal amount, String currency) {
    return Money.stored(amount, Currency.getInstance(currency)).amount();
  }

  private static BigDecimal[] zeros() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
  }

  private static void add(BigDecimal[] sides, boolean latest, BigDecimal amount) {
    int i = latest ? 0 : 1;
    sides[i] = sides[i].add(Objects.requireNonNull(amount));
  }
}
