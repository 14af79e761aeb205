package org.evsettle.settlement.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file received from a sender, with what became of its rows. */
@Entity
@Table(name = "ingested_file")
public class IngestedFileEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "party_role", nullable = false)
  private String partyRole;

  @Column(name = "party_id", nullable = false)
  private String partyId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "record_type")
  private String recordType;

  private String profile;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "as_of", nullable = false)
  private boolean asOf;

  @Column(nullable = false)
  private String status;

  @Column(length = 1000)
  private String reason;

  @Column(nullable = false)
  private long accepted;

  @Column(nullable = false)
  private long corrected;

  @Column(nullable = false)
  private long duplicates;

  @Column(nullable = false)
  private long rejected;

  public Long getId() {
    return id;
  }

  public String getPartyRole() {
    return partyRole;
  }

  public String getPartyId() {
    return partyId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getSha256() {
    return sha256;
  }

  public String getRecordType() {
    return recordType;
  }

  public String getProfile() {
    return profile;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public boolean isAsOf() {
    return asOf;
  }

  public String getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public long getAccepted() {
    return accepted;
  }

  public long getCorrected() {
    return corrected;
  }

  public long getDuplicates() {
    return duplicates;
  }

  public long getRejected() {
    return rejected;
  }
}
