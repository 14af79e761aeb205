package org.evsettle.settlement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rejected row, kept with its file, line, field, reason and content (id tags pseudonymised). */
@Entity
@Table(name = "quarantined_row")
public class QuarantinedRowEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_id", nullable = false)
  private long fileId;

  @Column(name = "line_no", nullable = false)
  private long lineNo;

  private String field;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Column(name = "raw_row", length = 16000)
  private String rawRow;

  public long getFileId() {
    return fileId;
  }

  public long getLineNo() {
    return lineNo;
  }

  public String getField() {
    return field;
  }

  public String getCode() {
    return code;
  }

  public String getReason() {
    return reason;
  }

  public String getRawRow() {
    return rawRow;
  }
}
