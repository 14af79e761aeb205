package org.evsettle.settlement.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to stored versions of Charger records. */
public interface ChargerRepository extends JpaRepository<ChargerEntity, Long> {

  List<ChargerEntity> findByPartyIdAndRecordIdOrderByVersion(String partyId, String recordId);
}
