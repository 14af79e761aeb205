package org.evsettle.settlement.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to stored versions of DispatchEvent records. */
public interface DispatchEventRepository extends JpaRepository<DispatchEventEntity, Long> {

  List<DispatchEventEntity> findByPartyIdAndRecordIdOrderByVersion(String partyId, String recordId);
}
