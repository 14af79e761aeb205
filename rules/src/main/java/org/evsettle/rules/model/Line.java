package org.evsettle.rules.model;

import java.math.BigDecimal;
import org.drools.model.Drools;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.LineSubject;
import org.evsettle.settlement.domain.Money;
import org.evsettle.settlement.domain.WindowClass;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A money line a rule produces. The rule that creates it is recorded (the pack knows its file), and
 * must say in one sentence why ({@link #explain}); the amount is quantity x rate, rounded once to
 * the currency's minor unit with the pack's rounding mode.
 */
public class Line {

  private final String rule;
  private final Component component;
  private WindowClass windowClass;
  private String payer;
  private String payee;
  private String operatorId;
  private String chargerId;
  private LineSubject recordType;
  private String recordId;
  private int recordVersion;
  private BigDecimal quantity;
  private String unit;
  private BigDecimal rate;
  private Money amount;
  private String explanation;
  private Object source;

  /** A line of the rule whose consequence this is ({@code drools} in the consequence). */
  public Line(Drools drools, Component component) {
    this.rule = ((RuleContext) drools).getRule().getName();
    this.component = component;
  }

  /** The session this line settles. */
  public Line forSession(SessionFact s) {
    this.source = s;
    return record(LineSubject.SESSIONS, s.getSessionId(), s.getVersion(), s.getCharger());
  }

  /** The discharge this line settles. */
  public Line forDischarge(DischargeFact d) {
    this.source = d;
    return record(LineSubject.DISCHARGES, d.getDischargeId(), d.getVersion(), d.getCharger());
  }

  /** One operator's part of a card's period total. */
  public Line forCard(CardShare share) {
    this.source = share;
    return subject(LineSubject.CARDS, share.getCardId(), 0, share.getOperatorId());
  }

  /** A site over the period (its peak demand, its energy). */
  public Line forSite(SiteLoad site) {
    this.source = site;
    return subject(LineSubject.SITES, site.getSiteId(), site.getVersion(), site.getOperatorId());
  }

  /** A site's response to a dispatch event. */
  public Line forEvent(DispatchFact event, SiteLoad site) {
    this.source = site;
    return subject(
        LineSubject.DISPATCH, event.getEventId(), event.getVersion(), site.getOperatorId());
  }

  /** An operator over the period. */
  public Line forOperator(EnergyTotal operator) {
    this.source = operator;
    return subject(LineSubject.OPERATORS, operator.getId(), 0, operator.getId());
  }

  private Line record(LineSubject type, String id, int version, ChargerFact charger) {
    subject(type, id, version, charger.getOperatorId());
    this.chargerId = charger.getChargerId();
    return this;
  }

  // lines of a period-wide subject name no charger
  private Line subject(LineSubject type, String id, int version, String operatorId) {
    this.recordType = type;
    this.recordId = id;
    this.recordVersion = version;
    this.operatorId = operatorId;
    this.chargerId = "";
    return this;
  }

  /** Settles the same record as another line (a withheld subsidy and its subsidy). */
  public Line sameRecordAs(Line other) {
    this.source = other.source;
    this.recordType = other.recordType;
    this.recordId = other.recordId;
    this.recordVersion = other.recordVersion;
    this.chargerId = other.chargerId;
    this.operatorId = other.operatorId;
    return this;
  }

  public Line pays(String payer, String payee) {
    this.payer = payer;
    this.payee = payee;
    return this;
  }

  public Line window(WindowClass windowClass) {
    this.windowClass = windowClass;
    return this;
  }

  /** Quantity x rate, rounded once. */
  public Line priced(BigDecimal quantity, String unit, BigDecimal rate, PeriodFact period) {
    this.quantity = quantity;
    this.unit = unit;
    this.rate = rate;
    this.amount =
        new Money(quantity.multiply(rate), period.currency()).roundedToMinorUnit(period.rounding());
    return this;
  }

  /**
   * The same quantity, rate and amount as another line (a withheld subsidy mirrors the subsidy).
   */
  public Line mirroring(Line other) {
    this.quantity = other.quantity;
    this.unit = other.unit;
    this.rate = other.rate;
    this.amount = other.amount;
    this.windowClass = other.windowClass;
    return this;
  }

  public Line explain(String sentence) {
    this.explanation = sentence;
    return this;
  }

  public Component getComponent() {
    return component;
  }

  public WindowClass getWindowClass() {
    return windowClass;
  }

  public String getPayer() {
    return payer;
  }

  public String getPayee() {
    return payee;
  }

  public String getOperatorId() {
    return operatorId;
  }

  public String getChargerId() {
    return chargerId;
  }

  public LineSubject getRecordType() {
    return recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public int getRecordVersion() {
    return recordVersion;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }

  public String getUnit() {
    return unit;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public Money getAmount() {
    return amount;
  }

  public String getRule() {
    return rule;
  }

  public String getExplanation() {
    return explanation;
  }

  /** The fact the line settles: a session, a discharge, a card share, a site, an operator. */
  public Object getSource() {
    return source;
  }
}
