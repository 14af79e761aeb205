package org.evsettle.settlement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** Columns every version of every input record carries: identity, version and provenance. */
@MappedSuperclass
public abstract class VersionedRowEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "party_id", nullable = false)
  private String partyId;

  @Column(name = "record_id", nullable = false)
  private String recordId;

  @Column(nullable = false)
  private int version;

  @Column(nullable = false)
  private String status;

  @Column(name = "content_sha256", nullable = false)
  private String contentSha256;

  @Column(name = "file_id", nullable = false)
  private long fileId;

  @Column(name = "line_no", nullable = false)
  private long lineNo;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "first_received_at", nullable = false)
  private Instant firstReceivedAt;

  public Long getId() {
    return id;
  }

  public String getPartyId() {
    return partyId;
  }

  public String getRecordId() {
    return recordId;
  }

  public int getVersion() {
    return version;
  }

  public String getStatus() {
    return status;
  }

  public String getContentSha256() {
    return contentSha256;
  }

  public long getFileId() {
    return fileId;
  }

  public long getLineNo() {
    return lineNo;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getFirstReceivedAt() {
    return firstReceivedAt;
  }
}
