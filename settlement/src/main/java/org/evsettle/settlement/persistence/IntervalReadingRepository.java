package org.evsettle.settlement.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to stored versions of IntervalReading records. */
public interface IntervalReadingRepository extends JpaRepository<IntervalReadingEntity, Long> {

  List<IntervalReadingEntity> findByPartyIdAndRecordIdOrderByVersion(
      String partyId, String recordId);
}
