package org.evsettle.settlement.ocmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcmfPaginationTest {

  private static List<OcmfPayload> pages(String... pgs) {
    return Arrays.stream(pgs)
        .map(
            pg ->
                new OcmfPayload(
                    null, null, null, null, pg, null, null, null, null, null, null, null, null,
                    null, null, null, null, null))
        .toList();
  }

  @Test
  void readsContextAndCounter() {
    assertThat(OcmfPagination.page("T12")).contains(new OcmfPagination.Page('T', 12));
    assertThat(OcmfPagination.page("F0")).contains(new OcmfPagination.Page('F', 0));
    assertThat(OcmfPagination.page("T012")).isEmpty();
    assertThat(OcmfPagination.page("X5")).isEmpty();
    assertThat(OcmfPagination.page(null)).isEmpty();
  }

  @Test
  void withinASessionPagesMustFollowEachOtherInTheTransactionContext() {
    assertThat(OcmfPagination.problemWithin(pages("T10", "T11", "T12"))).isEmpty();
    assertThat(OcmfPagination.problemWithin(pages("T10", "T12")))
        .contains("pagination T12 follows T10");
    assertThat(OcmfPagination.problemWithin(pages("T5", "T5")))
        .contains("pagination T5 follows T5");
    assertThat(OcmfPagination.problemWithin(pages("F3"))).get().asString().contains("fiscal");
  }

  @Test
  void acrossSessionsRepeatsAndGapsAreReportedPerContext() {
    List<String> findings =
        OcmfPagination.findingsAcross(pages("T1", "T2", "F7", "T5", "F8", "T5", "T4", "bad"));

    assertThat(findings)
        .containsExactly(
            "pagination T5 follows T2: 2 page(s) missing",
            "pagination T5 follows T5: the counter does not rise",
            "pagination T4 follows T5: the counter does not rise",
            "pagination 'bad' is not T or F followed by a counter");
  }
}
