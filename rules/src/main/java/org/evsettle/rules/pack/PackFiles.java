package org.evsettle.rules.pack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The files of a pack folder, and the SHA-256 that identifies them together. */
public record PackFiles(Path folder, List<Path> all, List<Path> drl, List<Path> decisionTables) {

  public static PackFiles of(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> all =
          walk.filter(Files::isRegularFile)
              .filter(p -> !folder.relativize(p).toString().startsWith("."))
              .filter(
                  p ->
                      !p.getFileName().toString().startsWith(".")
                          && !p.getFileName().toString().startsWith("~$"))
              .sorted()
              .toList();
      List<Path> top = all.stream().filter(p -> p.getParent().equals(folder)).toList();
      return new PackFiles(
          folder,
          all,
          top.stream().filter(p -> p.getFileName().toString().endsWith(".drl")).toList(),
          top.stream().filter(p -> p.getFileName().toString().endsWith(".drl.xlsx")).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the policy pack " + folder, e);
    }
  }

  /** SHA-256 over every file's relative path and bytes, in path order. */
  public String sha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path file : all) {
        digest.update(
            folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Files.readAllBytes(file));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the policy pack " + folder, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
