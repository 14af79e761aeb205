package org.evsettle.settlement.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to stored versions of UtilityPrice records. */
public interface UtilityPriceRepository extends JpaRepository<UtilityPriceEntity, Long> {

  List<UtilityPriceEntity> findByPartyIdAndRecordIdOrderByVersion(String partyId, String recordId);
}
