package org.evsettle.integrations.ingest;

import java.nio.file.Path;
import java.util.Comparator;
import org.evsettle.integrations.profile.CompiledProfile;
import org.evsettle.settlement.domain.Party;
import org.evsettle.settlement.domain.RecordType;

/**
 * A file to ingest: who sent it (the party folder it arrived in), what it holds (named by its file
 * name prefix, or by the import profile that matches it), or why it cannot be read at all.
 */
public record InboxFile(
    Path path, Party sender, RecordType type, CompiledProfile profile, String problem) {

  /**
   * Registry files of all senders before event files; then by record type, file name and path, so
   * an ingest pass always handles files in the same order.
   */
  public static final Comparator<InboxFile> INGEST_ORDER =
      Comparator.comparingInt(InboxFile::stage)
          .thenComparingInt(f -> f.type == null ? Integer.MAX_VALUE : f.type.ordinal())
          .thenComparing(InboxFile::fileName)
          .thenComparing(f -> f.path.toString());

  public String fileName() {
    return path.getFileName().toString();
  }

  /** An OCPI 2.2.1 JSON file ({@code cdrs*.json}, {@code tariffs*.json}) rather than CSV. */
  public boolean isJson() {
    return profile == null && fileName().endsWith(".json");
  }

  public boolean readable() {
    return problem == null;
  }

  private int stage() {
    if (type == null) {
      return 2;
    }
    return type.isRegistry() ? 0 : 1;
  }
}
