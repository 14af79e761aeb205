package org.evsettle.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A home folder for ingestion tests: drop files into the inbox, read receipts back. */
public record TestHome(Path root) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes a file into {@code inbox/<role>/<party>/} (or {@code inbox/regulator/}). */
  public Path drop(String folder, String name, String content) {
    return dropBytes(folder, name, content.getBytes(StandardCharsets.UTF_8));
  }

  public Path dropBytes(String folder, String name, byte[] content) {
    try {
      Path file = root.resolve("inbox").resolve(folder).resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Joins lines with LF and a final LF. */
  public static String csv(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /**
   * The receipt of a file sent by a party, e.g. {@code receipt("operators/OP1", "sessions.csv")}.
   */
  public JsonNode receipt(String senderFolder, String file) {
    return receiptAt(
        root.resolve("outbox")
            .resolve(senderFolder)
            .resolve("receipts")
            .resolve(file + ".receipt.json"));
  }

  public JsonNode receiptAt(Path path) {
    try {
      return JSON.readTree(path.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean inboxIsEmpty() {
    try (Stream<Path> files = Files.walk(root.resolve("inbox"))) {
      return files.noneMatch(Files::isRegularFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
