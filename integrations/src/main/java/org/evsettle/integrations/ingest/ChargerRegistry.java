package org.evsettle.integrations.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.Site;

/**
 * The chargers and sites known when a row is validated: the latest registration of each charger and
 * of each site of the site registry that is not VOID. Loaded from the store at the start of an
 * ingest pass and kept current as chargers files are ingested (registry files always come first).
 * Sized by the charger count, not by the number of sessions.
 */
public final class ChargerRegistry {

  private final Map<String, Charger> chargers = new HashMap<>();
  private final Map<String, String> siteUtility = new HashMap<>();
  private final Map<String, String> registeredSiteUtility = new HashMap<>();

  public ChargerRegistry(List<Charger> latest) {
    this(latest, List.of());
  }

  /** The chargers, and the sites of the site registry (a site meter may stand without chargers). */
  public ChargerRegistry(List<Charger> latest, List<Site> sites) {
    latest.forEach(this::update);
    sites.forEach(this::update);
  }

  public Optional<Charger> charger(String chargerId) {
    return Optional.ofNullable(chargers.get(chargerId));
  }

  /** The utility serving a site: its active chargers', else the site registry's. */
  public Optional<String> siteUtility(String siteId) {
    return Optional.ofNullable(siteUtility.getOrDefault(siteId, registeredSiteUtility.get(siteId)));
  }

  /** Takes in a site's latest registration; a VOID one removes it. */
  public void update(Site latest) {
    if (latest.status() == RecordStatus.VOID) {
      registeredSiteUtility.remove(latest.siteId());
    } else {
      registeredSiteUtility.put(latest.siteId(), latest.utilityId());
    }
  }

  /** Takes in a charger's latest registration; a VOID one removes the charger. */
  public void update(Charger latest) {
    if (latest.status() == RecordStatus.VOID) {
      chargers.remove(latest.chargerId());
    } else {
      chargers.put(latest.chargerId(), latest);
      siteUtility.put(latest.siteId(), latest.utilityId());
    }
  }

  public int size() {
    return chargers.size();
  }
}
