package org.evsettle.integrations.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  private static List<String> linesAndIds(String text) throws IOException {
    return linesAndIds(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> linesAndIds(byte[] bytes) throws IOException {
    List<String> out = new ArrayList<>();
    try (CsvRows rows = new CsvRows(new ByteArrayInputStream(bytes))) {
      for (CsvRows.Row row : rows) {
        out.add(row.line() + ":" + CsvRows.cell(row.record(), "id"));
      }
    }
    return out;
  }

  @Test
  void numbersRowsByThePhysicalLineTheyStartOn() throws IOException {
    assertThat(linesAndIds("id,v\na,1\nb,2\n")).containsExactly("2:a", "3:b");
    assertThat(linesAndIds("id,v\r\na,1\r\nb,2")).containsExactly("2:a", "3:b");
    // a quoted value over three lines (CRLF and LF inside), then blank lines that are no rows
    assertThat(linesAndIds("id,v\r\na,\"x\r\ny\nz\"\r\n\r\nb,2\n\nc,3\n"))
        .containsExactly("2:a", "6:b", "8:c");
    assertThat(linesAndIds("id,v\ra,1\rb,2\r")).containsExactly("2:a", "3:b");
  }

  @Test
  void skipsAByteOrderMarkAndTrimsValues() throws IOException {
    byte[] text = "id , v\n  a  ,1\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertThat(linesAndIds(withBom)).containsExactly("2:a");
    try (CsvRows rows = new CsvRows(new ByteArrayInputStream(withBom))) {
      assertThat(rows.header()).containsExactly("id", "v");
    }
  }

  @Test
  void shortRowsAndEmptyCellsReadAsMissing() throws IOException {
    try (CsvRows rows =
        new CsvRows(
            new ByteArrayInputStream("id,v,w\na\nb,,x\n".getBytes(StandardCharsets.UTF_8)))) {
      List<CsvRows.Row> all = new ArrayList<>();
      rows.forEach(all::add);
      assertThat(CsvRows.cell(all.get(0).record(), "w")).isNull();
      assertThat(CsvRows.cell(all.get(1).record(), "v")).isNull();
      assertThat(CsvRows.cell(all.get(1).record(), "w")).isEqualTo("x");
      assertThat(CsvRows.cell(all.get(1).record(), "no such column")).isNull();
    }
  }

  @Test
  void invalidUtf8IsAnErrorNotAReplacementCharacter() {
    byte[] latin1 = "id,v\nZürich,1\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> linesAndIds(latin1))
        .isInstanceOfAny(UncheckedIOException.class, IOException.class);
  }
}
