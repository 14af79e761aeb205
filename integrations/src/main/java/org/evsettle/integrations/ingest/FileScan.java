package org.evsettle.integrations.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.evsettle.integrations.csv.CsvRows;

/**
 * A first pass over a file before any row is stored: its SHA-256, its header, how many data rows it
 * has, and whether it can be read as CSV at all. A file that fails here is quarantined whole, so a
 * syntax error near the end never leaves half a file ingested.
 */
record FileScan(String sha256, List<String> header, long dataRows, String problem) {

  static String sha256Of(Path file) {
    MessageDigest digest = newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static FileScan of(Path file, String sha256) {
    List<String> header = List.of();
    long rows = 0;
    try (InputStream in = Files.newInputStream(file);
        CsvRows csv = new CsvRows(in)) {
      header = csv.header();
      for (CsvRows.Row ignored : csv) {
        rows++;
      }
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      return new FileScan(sha256, header, rows, "the file cannot be read as CSV: " + cause(e));
    }
    if (header.isEmpty()) {
      return new FileScan(sha256, header, rows, "the file is empty: it has no header row");
    }
    return new FileScan(sha256, header, rows, null);
  }

  private static String cause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return "it is not UTF-8 text";
      }
      if (t.getCause() == null) {
        return t.getMessage();
      }
    }
    return e.getMessage();
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
