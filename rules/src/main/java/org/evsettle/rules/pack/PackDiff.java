package org.evsettle.rules.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What changed between two versions of a pack, as a regulator reviews it: the {@code pack.yaml}
 * fields (after inheritance), rule files added or removed, DRL rules added, removed or changed, and
 * decision-table cells (sheet, row label, column label, old and new value). Both versions are
 * compared as they are used, inherited files included, so a version that states only its changes is
 * compared in full.
 */
public final class PackDiff {

  private PackDiff() {}

  /** The differences, one line each, in file order. */
  public static List<String> between(Path oldPack, Path newPack) {
    List<String> out = new ArrayList<>();
    manifest(PackCompiler.readManifest(oldPack), PackCompiler.readManifest(newPack), out);
    byKey(
        ruleFiles(oldPack),
        ruleFiles(newPack),
        (name, o, n) -> {
          if (o == null) {
            out.add(name + ": added");
          } else if (n == null) {
            out.add(name + ": removed");
          } else if (name.endsWith(".drl.xlsx")) {
            cells(name, o, n, out);
          } else {
            rules(name, o, n, out);
          }
        });
    return out;
  }

  /** Called for every key of either map, in key order, with its values (null where absent). */
  private interface Pair<T> {
    void of(String key, T before, T after);
  }

  private static <T> void byKey(Map<String, T> before, Map<String, T> after, Pair<T> pair) {
    TreeSet<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    keys.forEach(k -> pair.of(k, before.get(k), after.get(k)));
  }

  /** The rule files the differences name (pack.yaml aside). */
  public static TreeSet<String> changedFiles(List<String> differences) {
    TreeSet<String> files = new TreeSet<>();
    for (String d : differences) {
      String file = d.substring(0, d.indexOf(':'));
      String name = file.contains(" ") ? file.substring(0, file.indexOf(' ')) : file;
      if (!name.equals("pack.yaml")) {
        files.add(name);
      }
    }
    return files;
  }

  private static Map<String, Path> ruleFiles(Path pack) {
    PackFiles files = PackFiles.of(pack);
    Map<String, Path> byName = new TreeMap<>();
    files.drl().forEach(f -> byName.put(f.getFileName().toString(), f));
    files.decisionTables().forEach(f -> byName.put(f.getFileName().toString(), f));
    return byName;
  }

  private static void manifest(PackManifest o, PackManifest n, List<String> out) {
    Map<String, Object[]> fields = new LinkedHashMap<>();
    fields.put("name", new Object[] {o.name(), n.name()});
    fields.put("version", new Object[] {o.version(), n.version()});
    fields.put("zone", new Object[] {o.zone(), n.zone()});
    fields.put("currency", new Object[] {o.currency(), n.currency()});
    fields.put("rounding", new Object[] {o.rounding(), n.rounding()});
    fields.put("fund_id", new Object[] {o.fundId(), n.fundId()});
    fields.put("effective_from", new Object[] {o.effectiveFrom(), n.effectiveFrom()});
    fields.put("effective_to", new Object[] {o.effectiveTo(), n.effectiveTo()});
    fields.put("changes", new Object[] {o.changes(), n.changes()});
    fields.put("parameters", new Object[] {o.parameters(), n.parameters()});
    fields.put("holidays", new Object[] {o.holidays(), n.holidays()});
    fields.put("look_back_days", new Object[] {o.lookBackDays(), n.lookBackDays()});
    fields.put("components", new Object[] {o.components(), n.components()});
    fields.put("window_classes", new Object[] {o.windowClasses(), n.windowClasses()});
    fields.put("window_time", new Object[] {o.windowTime(), n.windowTime()});
    fields.forEach(
        (field, v) -> {
          if (!Objects.equals(v[0], v[1])) {
            out.add("pack.yaml: " + field + ": " + v[0] + " -> " + v[1]);
          }
        });
    byKey(
        o.references() == null ? Map.of() : o.references(),
        n.references() == null ? Map.of() : n.references(),
        (key, b, a) -> {
          if (!Objects.equals(b, a)) {
            out.add("pack.yaml: references." + key + ": " + b + " -> " + a);
          }
        });
  }

  private static void rules(String file, Path o, Path n, List<String> out) {
    byKey(
        ruleTexts(o),
        ruleTexts(n),
        (rule, b, a) -> {
          if (b == null) {
            out.add(file + ": rule \"" + rule + "\" added");
          } else if (a == null) {
            out.add(file + ": rule \"" + rule + "\" removed");
          } else if (!b.equals(a)) {
            out.add(file + ": rule \"" + rule + "\" changed");
          }
        });
  }

  // each rule's text as written, whitespace aside: a reformatted rule has not changed
  private static Map<String, String> ruleTexts(Path drl) {
    try {
      String text = Files.readString(drl, StandardCharsets.UTF_8);
      DrlParser parser = new DrlParser();
      PackageDescr descr = parser.parse(new StringReader(text));
      Map<String, String> rules = new TreeMap<>();
      if (descr == null || parser.hasErrors()) {
        rules.put("(the file cannot be parsed)", text);
        return rules;
      }
      for (RuleDescr rule : descr.getRules()) {
        int from = Math.max(0, rule.getStartCharacter());
        int to = Math.min(text.length(), Math.max(from, rule.getEndCharacter() + 1));
        rules.put(rule.getName(), text.substring(from, to).replaceAll("\\s+", " ").trim());
      }
      return rules;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DroolsParserException e) {
      return Map.of("(the file cannot be parsed)", e.getMessage());
    }
  }

  private static void cells(String file, Path o, Path n, List<String> out) {
    try (InputStream oi = Files.newInputStream(o);
        InputStream ni = Files.newInputStream(n);
        Workbook before = WorkbookFactory.create(oi);
        Workbook after = WorkbookFactory.create(ni)) {
      DataFormatter format = new DataFormatter();
      for (int s = 0; s < Math.max(before.getNumberOfSheets(), after.getNumberOfSheets()); s++) {
        Sheet b = s < before.getNumberOfSheets() ? before.getSheetAt(s) : null;
        Sheet a = s < after.getNumberOfSheets() ? after.getSheetAt(s) : null;
        String sheet = a != null ? a.getSheetName() : b.getSheetName();
        int labels = labelRow(a != null ? a : b, format);
        int rows = Math.max(last(b), last(a));
        for (int r = 0; r <= rows; r++) {
          Row rb = b == null ? null : b.getRow(r);
          Row ra = a == null ? null : a.getRow(r);
          int cols =
              Math.max(rb == null ? 0 : rb.getLastCellNum(), ra == null ? 0 : ra.getLastCellNum());
          for (int c = 0; c < cols; c++) {
            String vb = value(rb, c, format);
            String va = value(ra, c, format);
            if (!vb.equals(va)) {
              out.add(
                  file
                      + " sheet '"
                      + sheet
                      + "' row "
                      + (r + 1)
                      + " '"
                      + (value(ra, 0, format).isEmpty()
                          ? value(rb, 0, format)
                          : value(ra, 0, format))
                      + "', column '"
                      + label(a != null ? a : b, labels, c, format)
                      + "': "
                      + vb
                      + " -> "
                      + va);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  // the row of readable column labels: three below the NAME row of a Drools rule table
  private static int labelRow(Sheet sheet, DataFormatter format) {
    for (Row row : sheet) {
      if ("NAME".equals(value(row, 0, format))) {
        return row.getRowNum() + 3;
      }
    }
    return -1;
  }

  private static String label(Sheet sheet, int labels, int column, DataFormatter format) {
    String label = labels < 0 ? "" : value(sheet.getRow(labels), column, format);
    return label.isEmpty()
        ? org.apache.poi.ss.util.CellReference.convertNumToColString(column)
        : label;
  }

  private static int last(Sheet sheet) {
    return sheet == null ? -1 : sheet.getLastRowNum();
  }

  private static String value(Row row, int column, DataFormatter format) {
    return row == null || row.getCell(column) == null
        ? ""
        : format.formatCellValue(row.getCell(column)).trim();
  }
}
