package org.evsettle.batch.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.evsettle.settlement.domain.Component;
import org.evsettle.settlement.domain.LineSubject;
import org.evsettle.settlement.domain.Money;
import org.evsettle.settlement.domain.PolicyLine;
import org.evsettle.settlement.ledger.LedgerLine;
import org.evsettle.settlement.ledger.LineKind;
import org.junit.jupiter.api.Test;

class LineHandOffTest {

  private static LedgerLine line(int n) {
    return new LedgerLine(
        LineKind.SETTLEMENT,
        new PolicyLine(
            Component.SUBSIDY,
            null,
            "FUND",
            "OP1",
            "OP1",
            "C1",
            LineSubject.SESSIONS,
            "S" + n,
            1,
            BigDecimal.ONE,
            "kWh",
            null,
            Money.of("0.20", "CNY"),
            "rule",
            "subsidy.drl",
            "sha",
            "why"));
  }

  @Test
  void theOtherThreadGetsEveryLineInOrderAcrossBatches() throws Exception {
    int total = 2 * LineHandOff.BATCH + 3;
    LineHandOff handOff = new LineHandOff(() -> false);
    CompletableFuture<List<String>> received =
        CompletableFuture.supplyAsync(
            () -> {
              List<String> ids = new ArrayList<>();
              handOff.forEachRemaining(l -> ids.add(l.line().recordId()));
              return ids;
            });
    for (int i = 0; i < total; i++) {
      handOff.accept(line(i));
    }
    handOff.close();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      expected.add("S" + i);
    }
    assertThat(received.get()).containsExactlyElementsOf(expected);
  }

  @Test
  void theHandingSideStopsWaitingWhenTheOtherSideGaveUp() {
    AtomicBoolean gaveUp = new AtomicBoolean();
    LineHandOff handOff = new LineHandOff(gaveUp::get);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          // nobody iterates: the queue fills, then the other side is reported gone
          CompletableFuture.runAsync(
              () -> {
                sleep(300);
                gaveUp.set(true);
              });
          assertThatThrownBy(
                  () -> {
                    for (int i = 0; i < 100 * LineHandOff.BATCH; i++) {
                      handOff.accept(line(i));
                    }
                  })
              .hasMessageContaining("other reader stopped");
        });
  }

  @Test
  void theIteratingSideLearnsThatReadingFailed() {
    LineHandOff handOff = new LineHandOff(() -> false);
    handOff.accept(line(1));
    handOff.fail();
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          var reading = CompletableFuture.runAsync(() -> handOff.forEachRemaining(l -> {}));
          assertThatThrownBy(reading::get)
              .isInstanceOf(ExecutionException.class)
              .hasMessageContaining("reading the lines failed");
        });
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
