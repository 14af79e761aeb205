package org.evsettle.rules.model;

import java.time.Instant;
import org.evsettle.settlement.domain.DispatchEvent;
import org.evsettle.settlement.domain.DispatchKind;

/** A utility's dispatch event; it covers a charger by the charger's site or district. */
public class DispatchFact {

  private final DispatchEvent event;
  private final String utilityId;
  private final int version;
  private final boolean inPeriod;

  public DispatchFact(DispatchEvent event, String utilityId) {
    this(event, utilityId, 1, true);
  }

  /**
   * @param inPeriod whether the event starts in the period settled (events just after it are there
   *     for discharges that run into them)
   */
  public DispatchFact(DispatchEvent event, String utilityId, int version, boolean inPeriod) {
    this.event = event;
    this.utilityId = utilityId;
    this.version = version;
    this.inPeriod = inPeriod;
  }

  public int getVersion() {
    return version;
  }

  /** Whether the event starts in the period: only those are settled in it. */
  public boolean isInPeriod() {
    return inPeriod;
  }

  /** Whether the event is addressed to the site, or to its district, on the same utility. */
  public boolean coversSite(SiteLoad site) {
    if (!utilityId.equals(site.getUtilityId())) {
      return false;
    }
    return event.siteId() != null
        ? event.siteId().equals(site.getSiteId())
        : event.district() != null && event.district().equals(site.getDistrict());
  }

  public DispatchEvent event() {
    return event;
  }

  public String getEventId() {
    return event.eventId();
  }

  public DispatchKind getKind() {
    return event.kind();
  }

  public Instant getStartsAt() {
    return event.startsAt();
  }

  public Instant getEndsAt() {
    return event.endsAt();
  }

  public String getUtilityId() {
    return utilityId;
  }

  /** Whether the event is addressed to the charger's site, or to its district. */
  public boolean covers(ChargerFact charger) {
    if (!utilityId.equals(charger.getUtilityId())) {
      return false;
    }
    return event.siteId() != null
        ? event.siteId().equals(charger.getSiteId())
        : event.district() != null && event.district().equals(charger.getDistrict());
  }

  public String getScope() {
    return event.siteId() != null ? "site " + event.siteId() : "district " + event.district();
  }

  @Override
  public String toString() {
    return "dispatch " + event.eventId();
  }
}
