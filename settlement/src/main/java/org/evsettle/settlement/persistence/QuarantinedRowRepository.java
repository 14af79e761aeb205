package org.evsettle.settlement.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to rejected rows. */
public interface QuarantinedRowRepository extends JpaRepository<QuarantinedRowEntity, Long> {

  List<QuarantinedRowEntity> findByFileIdOrderByLineNo(long fileId);
}
