package org.evsettle.integrations.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evsettle.integrations.profile.CompiledProfile;
import org.evsettle.integrations.profile.ProfileCatalog;
import org.evsettle.settlement.domain.Party;
import org.evsettle.settlement.domain.PartyRole;
import org.evsettle.settlement.domain.RecordType;

/**
 * Reads who sent a file and what it holds from where it lies in the inbox: {@code operators/<id>/},
 * {@code utilities/<id>/} or {@code regulator/}, and its file name.
 */
public final class InboxLayout {

  private static final String PLACES =
      "files go in inbox/operators/<operator_id>/, inbox/utilities/<utility_id>/ or"
          + " inbox/regulator/";

  // OCPI 2.2.1 objects as JSON: CDRs are read as sessions, tariffs kept as sent
  private static final Map<String, RecordType> OCPI_FILES =
      new TreeMap<>(Map.of("cdrs", RecordType.SESSIONS, "tariffs", RecordType.TARIFFS));

  // every canonical file type, so that a new one is never missing from the message
  private static final String CANONICAL_NAMES =
      Stream.concat(
              Arrays.stream(RecordType.values())
                  .filter(RecordType::isCsv)
                  .map(t -> t.filePrefix() + "*.csv"),
              OCPI_FILES.keySet().stream().map(prefix -> prefix + "*.json"))
          .collect(Collectors.joining(", "));

  private final Path inbox;
  private final Path profileFolder;
  private volatile ProfileCatalog profiles;

  /** Profiles are loaded by {@link #loadProfiles}, at the start of each ingest pass. */
  public InboxLayout(Path inbox, Path profileFolder) {
    this.inbox = inbox;
    this.profileFolder = profileFolder;
  }

  /**
   * Loads and checks the import profiles for a pass, so that edits are picked up and a broken
   * profile refuses the pass before any file is touched (a {@link
   * org.evsettle.integrations.profile.ProfileException} naming its file and field).
   */
  public void loadProfiles() {
    profiles = ProfileCatalog.load(profileFolder);
  }

  public Path inbox() {
    return inbox;
  }

  public InboxFile classify(Path file) {
    Path relative = inbox.relativize(file.toAbsolutePath().normalize());
    Optional<Party> sender = sender(relative);
    if (sender.isEmpty()) {
      return new InboxFile(
          file, null, null, null, "the file is not in a sender's folder: " + PLACES);
    }
    String name = file.getFileName().toString();
    PartyRole role = sender.get().role();
    if (profiles == null) {
      throw new IllegalStateException("the import profiles are loaded at the start of a pass");
    }
    Optional<CompiledProfile> profile = profiles.find(role, name);
    if (profile.isPresent()) {
      return new InboxFile(file, sender.get(), profile.get().recordType(), profile.get(), null);
    }
    Optional<RecordType> type =
        name.endsWith(".json")
            ? ocpiType(name)
            : RecordType.ofFileName(name).filter(t -> name.endsWith(".csv"));
    if (type.isEmpty()) {
      return new InboxFile(
          file,
          sender.get(),
          null,
          null,
          "the file name does not say what it holds: expected "
              + CANONICAL_NAMES
              + ", or a file an import profile matches");
    }
    if (type.get().sender() != role) {
      return new InboxFile(
          file,
          sender.get(),
          type.get(),
          null,
          type.get().filePrefix()
              + " files come from "
              + type.get().sender().folder()
              + ", not from "
              + role.folder());
    }
    return new InboxFile(file, sender.get(), type.get(), null, null);
  }

  private static Optional<RecordType> ocpiType(String name) {
    return OCPI_FILES.entrySet().stream()
        .filter(e -> name.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  private static Optional<Party> sender(Path relative) {
    int parts = relative.getNameCount();
    if (parts == 2 && relative.getName(0).toString().equals(PartyRole.REGULATOR.folder())) {
      return Optional.of(Party.regulator());
    }
    if (parts == 3) {
      String role = relative.getName(0).toString();
      if (role.equals(PartyRole.OPERATORS.folder()) || role.equals(PartyRole.UTILITIES.folder())) {
        return Optional.of(new Party(PartyRole.ofFolder(role), relative.getName(1).toString()));
      }
    }
    return Optional.empty();
  }
}
