package org.evsettle.settlement.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.evsettle.settlement.persistence.IngestStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Submissions and approvals of pack versions, one row per rule set (name, version and SHA-256). A
 * row is approved at most once: the update only takes a row nobody approved yet.
 */
@Repository
public class PackApprovalStore {

  private final JdbcTemplate jdbc;

  public PackApprovalStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The submission of exactly this rule set, approved or not. */
  public Optional<PackApproval> find(PackVersion pack) {
    return jdbc
        .query(
            "select * from pack_approval where pack_name = ? and pack_version = ?"
                + " and ruleset_sha256 = ?",
            (rs, n) -> approval(rs),
            pack.name(),
            pack.version(),
            pack.sha256())
        .stream()
        .findFirst();
  }

  /** The latest approval of any rule set of this name and version: an edit's approved original. */
  public Optional<PackApproval> latestApproved(String name, String version) {
    return jdbc
        .query(
            "select * from pack_approval where pack_name = ? and pack_version = ?"
                + " and approved_by is not null order by approved_at desc, id desc"
                + " fetch first 1 rows only",
            (rs, n) -> approval(rs),
            name,
            version)
        .stream()
        .findFirst();
  }

  /** Records a submission; the caller made sure this rule set has none yet. */
  public PackApproval submit(PackVersion pack, String by, Instant at) {
    String author = PackApproval.normalized(by);
    jdbc.update(
        "insert into pack_approval (pack_name, pack_version, ruleset_sha256, submitted_by,"
            + " submitted_at) values (?, ?, ?, ?, ?)",
        pack.name(),
        pack.version(),
        pack.sha256(),
        author,
        at.atOffset(ZoneOffset.UTC));
    return new PackApproval(pack, author, at, null, null);
  }

  /**
   * Records the approval of a submitted rule set; false when it was approved already (by someone
   * else in the meantime, say), and then nothing changes.
   */
  public boolean approve(PackVersion pack, String by, Instant at) {
    return jdbc.update(
            "update pack_approval set approved_by = ?, approved_at = ? where pack_name = ?"
                + " and pack_version = ? and ruleset_sha256 = ? and approved_by is null",
            PackApproval.normalized(by),
            at.atOffset(ZoneOffset.UTC),
            pack.name(),
            pack.version(),
            pack.sha256())
        == 1;
  }

  private static PackApproval approval(ResultSet rs) throws SQLException {
    return new PackApproval(
        new PackVersion(
            rs.getString("pack_name"),
            rs.getString("pack_version"),
            rs.getString("ruleset_sha256")),
        rs.getString("submitted_by"),
        IngestStore.instant(rs, "submitted_at"),
        rs.getString("approved_by"),
        IngestStore.instant(rs, "approved_at"));
  }
}
