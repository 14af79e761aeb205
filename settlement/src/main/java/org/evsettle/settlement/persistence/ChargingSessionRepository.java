package org.evsettle.settlement.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to stored versions of ChargingSession records. */
public interface ChargingSessionRepository extends JpaRepository<ChargingSessionEntity, Long> {

  List<ChargingSessionEntity> findByPartyIdAndRecordIdOrderByVersion(
      String partyId, String recordId);
}
