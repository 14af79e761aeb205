package org.evsettle.settlement.persistence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Read access to the files received. */
public interface IngestedFileRepository extends JpaRepository<IngestedFileEntity, Long> {

  List<IngestedFileEntity> findByFileNameOrderById(String fileName);
}
