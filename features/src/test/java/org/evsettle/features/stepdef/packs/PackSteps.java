package org.evsettle.features.stepdef.packs;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evsettle.features.world.Market;
import org.evsettle.features.world.PackEditor;

/** Regulators editing the pack: a rate changed in a spreadsheet, a rule file broken. */
public class PackSteps {

  private final Market market;
  private final PackEditor editor = new PackEditor();
  private String shaBefore;
  private Path whatIf;
  private Map<String, String> exportsBefore;

  public PackSteps(Market market) {
    this.market = market;
  }

  @After
  public void removeWorkingCopy() {
    editor.delete();
  }

  @Given("the regulator's working copy of the Beijing pack")
  public void workingCopy() {
    market.usePacks(editor.copy("beijing"), "beijing");
  }

  @Given("the pack has been used for settlement")
  public void used() {
    shaBefore = market.selection().pack().sha256();
  }

  @When("the regulator sets the rate of {string} to {word} in tariff.drl.xlsx")
  public void setRate(String window, String rate) {
    editor.setCell(editor.file("beijing", "tariff.drl.xlsx"), window, "Rate (CNY per kWh)", rate);
    market.resettle();
  }

  @When("the regulator saves price-energy.drl with a closing parenthesis missing")
  public void breakRuleFile() {
    editor.replace(
        editor.file("beijing", "price-energy.drl"),
        "kwh > 0, $session : session)",
        "kwh > 0, $session : session");
    market.resettle();
  }

  @Then("the edit is rejected with a message naming {string}")
  public void rejected(String where) {
    assertThat(market.selection().rejectedEdit())
        .anySatisfy(p -> assertThat(p.toString()).startsWith(where));
  }

  @Then("settlement keeps using the version of the pack that was in use")
  public void previousVersion() {
    assertThat(market.selection().usesPreviousVersion()).isTrue();
    assertThat(market.selection().pack().sha256()).isEqualTo(shaBefore);
  }

  @Then("settlement uses the edited pack, a new rule set")
  public void editedVersion() {
    assertThat(market.selection().usesPreviousVersion()).isFalse();
    assertThat(market.selection().pack().sha256()).isNotEqualTo(shaBefore);
  }

  @When("the regulator tries a rate of {word} for {string} in tariff.drl.xlsx")
  public void tryRate(String rate, String window) {
    exportsBefore = PublishedFiles.hashes(market.pipelineHome());
    editor.setCell(editor.file("beijing", "tariff.drl.xlsx"), window, "Rate (CNY per kWh)", rate);
    whatIf = market.whatIf();
  }

  @Then("the what-if against run {word} shows:")
  public void whatIfShows(String run, DataTable expected) throws Exception {
    assertThat(Files.readString(whatIf.resolve("comparison.csv")))
        .isEqualTo(
            expected.asLists().stream()
                    .map(
                        row -> String.join(",", row.stream().map(c -> c == null ? "" : c).toList()))
                    .collect(Collectors.joining("\r\n"))
                + "\r\n");
    try (var workbook = new XSSFWorkbook(whatIf.resolve("comparison.xlsx").toFile())) {
      var summary = workbook.getSheet("Summary");
      assertThat(summary.getRow(5).getCell(1).getStringCellValue()).isEqualTo(run);
    }
  }

  @Then("nothing the run published has changed")
  public void exportsUnchanged() {
    assertThat(PublishedFiles.hashes(market.pipelineHome())).isEqualTo(exportsBefore);
  }

  @Then("the period is settled under pack version {string}")
  public void version(String version) {
    assertThat(market.selection().pack().manifest().version()).isEqualTo(version);
  }
}
