package org.evsettle.settlement.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to stored versions of Site records. */
public interface SiteRepository extends JpaRepository<SiteEntity, Long> {

  List<SiteEntity> findByPartyIdAndRecordIdOrderByVersion(String partyId, String recordId);
}
