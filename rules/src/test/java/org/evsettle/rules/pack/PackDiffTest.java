package org.evsettle.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a regulator reviews between two versions of a pack. */
class PackDiffTest {

  @TempDir Path dir;

  @Test
  void beijing2027DiffersFromBeijingInItsManifestAndExactlyTheTariffCellsItsChangesName() {
    List<String> diff =
        PackDiff.between(Path.of("policies/beijing"), Path.of("policies/beijing-2027"));
    // the changes of 2027 (pack.yaml): the evening peak 19:00-22:00, the afternoon flat window to
    // 19:00, the late-evening one from 22:00, the evening critical-peak hour 20:00-21:00, valley
    // 0.3946 -> 0.3650
    assertThat(diff.stream().filter(d -> d.startsWith("tariff.drl.xlsx")))
        .containsExactly(
            "tariff.drl.xlsx sheet 'Time of use' row 10 'Valley overnight', column 'Rate (CNY per"
                + " kWh)': 0.3946 -> 0.3650",
            "tariff.drl.xlsx sheet 'Time of use' row 13 'Flat afternoon', column 'To': 18:00 ->"
                + " 19:00",
            "tariff.drl.xlsx sheet 'Time of use' row 14 'Peak evening', column 'From': 18:00 ->"
                + " 19:00",
            "tariff.drl.xlsx sheet 'Time of use' row 14 'Peak evening', column 'To': 21:00 ->"
                + " 22:00",
            "tariff.drl.xlsx sheet 'Time of use' row 15 'Flat late evening', column 'From': 21:00"
                + " -> 22:00",
            "tariff.drl.xlsx sheet 'Time of use' row 17 'Critical peak evening', column 'From':"
                + " 19:00 -> 20:00",
            "tariff.drl.xlsx sheet 'Time of use' row 17 'Critical peak evening', column 'To':"
                + " 20:00 -> 21:00");
    assertThat(
            diff.stream().filter(d -> d.startsWith("pack.yaml")).map(d -> d.split(":")[1].trim()))
        .containsExactly("version", "effective_from", "changes", "references.tariff");
    assertThat(PackDiff.changedFiles(diff)).containsExactly("tariff.drl.xlsx");
  }

  @Test
  void rulesAddedRemovedAndChangedAreNamed() {
    Path before = PackCopy.of("beijing", dir.resolve("a"));
    Path after = PackCopy.of("beijing", dir.resolve("b"));
    PackCopy.replaceInFile(
        after.resolve("price-energy.drl"),
        "kwh > 0, $session : session)",
        "kwh > 1, $session : session)");
    PackCopy.replaceInFile(
        after.resolve("report-valley-share.drl"),
        "rule \"Other posts are held to the general valley-share target\"",
        "rule \"Other posts are held to the national valley-share target\"");
    assertThat(PackDiff.between(before, after))
        .containsExactly(
            "price-energy.drl: rule \"Charged energy is paid to the utility at the rate of its"
                + " time-of-use window\" changed",
            "report-valley-share.drl: rule \"Other posts are held to the general valley-share"
                + " target\" removed",
            "report-valley-share.drl: rule \"Other posts are held to the national valley-share"
                + " target\" added");
  }
}
