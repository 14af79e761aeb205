package org.evsettle.settlement.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to stored versions of V2gDischarge records. */
public interface V2gDischargeRepository extends JpaRepository<V2gDischargeEntity, Long> {

  List<V2gDischargeEntity> findByPartyIdAndRecordIdOrderByVersion(String partyId, String recordId);
}
