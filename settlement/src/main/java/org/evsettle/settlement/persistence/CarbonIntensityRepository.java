package org.evsettle.settlement.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to stored versions of CarbonIntensity records. */
public interface CarbonIntensityRepository extends JpaRepository<CarbonIntensityEntity, Long> {

  List<CarbonIntensityEntity> findByPartyIdAndRecordIdOrderByVersion(
      String partyId, String recordId);
}
