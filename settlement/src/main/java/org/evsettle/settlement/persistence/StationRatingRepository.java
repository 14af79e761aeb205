package org.evsettle.settlement.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to stored versions of StationRating records. */
public interface StationRatingRepository extends JpaRepository<StationRatingEntity, Long> {

  List<StationRatingEntity> findByPartyIdAndRecordIdOrderByVersion(String partyId, String recordId);
}
