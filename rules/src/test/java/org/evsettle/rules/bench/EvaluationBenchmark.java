package org.evsettle.rules.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evsettle.rules.engine.IntervalSource;
import org.evsettle.rules.engine.Partition;
import org.evsettle.rules.engine.PolicyEngine;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.rules.pack.PackCompiler;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.Quarter;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.domain.StationGrade;
import org.evsettle.settlement.domain.StationRating;
import org.evsettle.settlement.domain.StoredRecord;

/**
 * Prints the Beijing pack's compile time and the evaluation throughput of one partition: N sessions
 * (default 100,000) of one operator on 1,000 chargers in October 2026, generated on the fly so the
 * input itself takes no memory. Run:
 *
 * <pre>
 * ./mvnw -q -pl rules -am test-compile exec:java -Dexec.args="100000 5000"
 * </pre>
 */
public final class EvaluationBenchmark {

  private EvaluationBenchmark() {}

  public static void main(String[] args) {
    int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    Path pack = Path.of(args.length > 2 ? args[2] : "rules/policies/beijing");
    long t0 = System.nanoTime();
    CompiledPack first = new PackCompiler().compile(pack);
    long cold = (System.nanoTime() - t0) / 1_000_000;
    t0 = System.nanoTime();
    CompiledPack compiled = new PackCompiler().compile(pack);
    long warm = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("compile: first %d ms, again %d ms (%s)%n", cold, warm, first);

    List<Charger> chargers = new ArrayList<>();
    List<StationRating> ratings = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      chargers.add(
          new Charger(
              "C" + i,
              "OP1",
              "S" + i / 8,
              "UT1",
              "D" + i / 100,
              i % 5 == 0 ? AccessType.PRIVATE : AccessType.PUBLIC,
              BigDecimal.valueOf(i % 3 == 0 ? 60 : 7),
              false,
              i % 17 == 0 ? 1 : 3,
              "1",
              true,
              true,
              LocalDate.parse("2030-01-01"),
              SignedMetering.OCMF,
              null,
              null,
              RecordStatus.ACTIVE));
      if (i % 8 == 0) {
        ratings.add(
            new StationRating(
                "S" + i / 8,
                Quarter.parse("2026-Q4"),
                StationGrade.values()[i / 8 % 4],
                RecordStatus.ACTIVE));
      }
    }
    long[] lines = {0};
    for (int round = 1; round <= 2; round++) {
      var partition =
          new Partition(
              "OP1",
              YearMonth.parse("2026-10"),
              chargers,
              ratings,
              List.of(),
              Map.of(),
              () -> generate(sessions),
              List.of(),
              IntervalSource.NONE);
      lines[0] = 0;
      long start = System.nanoTime();
      var evaluation = new PolicyEngine(batch).evaluate(compiled, partition, l -> lines[0]++);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "round %d: %d sessions, %d lines, %d violations in %.2f s = %.0f sessions/s%n",
          round, sessions, lines[0], evaluation.violations().size(), seconds, sessions / seconds);
    }
    System.out.printf(
        "peak heap (sum of heap pools' peaks): %d MB, batch %d%n", peakHeapMb(), batch);
  }

  private static Iterator<StoredRecord<ChargingSession>> generate(int count) {
    SplittableRandom random = new SplittableRandom(42);
    Instant monthStart =
        LocalDate.parse("2026-10-01").atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
    return new Iterator<>() {
      int n;

      @Override
      public boolean hasNext() {
        return n < count;
      }

      @Override
      public StoredRecord<ChargingSession> next() {
        Instant start = monthStart.plusSeconds(60L * random.nextInt(31 * 24 * 60 - 600));
        Instant end = start.plus(Duration.ofMinutes(20 + random.nextInt(400)));
        var s =
            new ChargingSession(
                "S" + n++,
                "C" + random.nextInt(1000),
                start,
                end,
                Energy.kwh(Integer.toString(1 + random.nextInt(40))),
                null,
                null,
                null,
                null,
                RecordStatus.ACTIVE);
        return new StoredRecord<>(s, "OP1", 1, "", 0, 0, end, end);
      }
    };
  }

  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024 * 1024);
  }
}
