package org.evsettle.integrations.ocpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Positions of the objects of an OCPI file, and what becomes of text that is not JSON. */
class JsonObjectsTest {

  @TempDir Path dir;

  private List<String> items(String content) throws IOException {
    Path file = dir.resolve("cdrs.json");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    JsonObjects.forEach(
        file,
        item ->
            out.add(
                item.position()
                    + " "
                    + (item.readable()
                        ? item.object().get("id").asText()
                        : item.where() + " " + item.problem() + " [" + item.text() + "]")));
    return out;
  }

  @Test
  void aPrettyPrintedArrayNumbersItsElementsFromOne() throws IOException {
    String content =
        "\uFEFF[\n  {\n    \"id\": \"A\"\n  },\n  {\"id\": \"B\"}, {\"id\": \"C\"}\n]\n";
    assertThat(items(content)).containsExactly("1 A", "2 B", "3 C");
    assertThat(JsonObjects.problem(dir.resolve("cdrs.json"))).isNull();
  }

  @Test
  void anElementThatIsNotAnObjectIsRejectedAloneAndTheArrayGoesOn() throws IOException {
    assertThat(items("[{\"id\":\"A\"}, 42, [1, {\"x\": 2}], {\"id\":\"D\"}]"))
        .containsExactly(
            "1 A",
            "2 element 2 of the array (line 1) is a JSON number, not an object [42]",
            "3 element 3 of the array (line 1) is a JSON array, not an object [[1,{\"x\":2}]]",
            "4 D");
  }

  @Test
  void anArrayThatIsNotClosedLeavesItsRestUnreadable() throws IOException {
    // {"id":"B" is cut off at the end of the file: the rest starts at element 2
    List<String> read = items("[{\"id\":\"A\"},\n{\"id\":\"B\"");
    assertThat(read).hasSize(2);
    assertThat(read.get(0)).isEqualTo("1 A");
    assertThat(read.get(1))
        .startsWith("2 the rest of the file is not valid JSON at line 2, column ")
        .endsWith(": nothing after it can be read [{\"id\":\"B\"]");
  }

  @Test
  void textAfterTheArrayIsRejectedAsTheRestOfTheFile() throws IOException {
    List<String> read = items("[{\"id\":\"A\"}]\n{\"id\":\"B\"}\n");
    assertThat(read.get(0)).isEqualTo("1 A");
    // the rest after element 1 is element 2's place: the text after the array's end
    assertThat(read.get(1)).startsWith("2 the rest of the file is not valid JSON at line 2");
    assertThat(read).hasSize(2);
  }

  @Test
  void oneObjectPerLineIsNumberedByLineSkippingBlankLines() throws IOException {
    assertThat(items("{\"id\":\"A\"}\n\n{\"id\":\"C\"} trailing\n{\"id\":\"D\"}\n"))
        .satisfiesExactly(
            a -> assertThat(a).isEqualTo("1 A"),
            c -> assertThat(c).startsWith("3 line 3 is not valid JSON at column 12 ("),
            d -> assertThat(d).isEqualTo("4 D"));
  }

  @Test
  void aFileOfNeitherLayoutIsRefusedWhole() throws IOException {
    Path file = dir.resolve("cdrs.json");
    Files.writeString(file, "\"a string\"");
    assertThat(JsonObjects.problem(file))
        .isEqualTo(
            "the file is neither a JSON array of OCPI objects nor one object per line (NDJSON):"
                + " it starts with '\"'");
  }
}
