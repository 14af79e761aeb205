package org.evsettle.settlement.ocmf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OCMF pagination ({@code PG}): a context letter, T for transaction readings or F for fiscal ones,
 * and a counter the signing component raises by exactly one for each dataset it signs in that
 * context.
 *
 * <p>Within one session this means: every dataset is a transaction page, and if the session's begin
 * and end arrive as separate datasets, their pages follow each other without gap (a gap means a
 * dataset was left out, a repeat that one was sent twice). Across sessions the counter must keep
 * rising for the same meter; gaps there may be intermediate readings the charger did not forward,
 * so {@link #findingsAcross} reports them for a person to judge rather than failing a session. That
 * check needs a meter's datasets in order from several sessions, which the settlement's ingest has
 * and a single session does not.
 */
public final class OcmfPagination {

  private static final Pattern PAGE = Pattern.compile("([TF])(0|[1-9][0-9]*)");

  private OcmfPagination() {}

  /** A page: context letter and counter. */
  public record Page(char context, long counter) {
    @Override
    public String toString() {
      return context + Long.toString(counter);
    }
  }

  /** The page a {@code PG} value names, if it is well formed. */
  public static Optional<Page> page(String pg) {
    if (pg == null) {
      return Optional.empty();
    }
    Matcher m = PAGE.matcher(pg.strip());
    return m.matches()
        ? Optional.of(new Page(m.group(1).charAt(0), Long.parseLong(m.group(2))))
        : Optional.empty();
  }

  /** Why the datasets of one session are not continuous transaction pages; empty when they are. */
  public static Optional<String> problemWithin(List<OcmfPayload> session) {
    Page previous = null;
    for (OcmfPayload payload : session) {
      Optional<Page> page = page(payload.pagination());
      if (page.isEmpty()) {
        return Optional.of(
            "pagination " + quoted(payload.pagination()) + " is not T or F followed by a counter");
      }
      if (page.get().context() != 'T') {
        return Optional.of(
            "pagination " + page.get() + " is a fiscal page, not a transaction page");
      }
      if (previous != null && page.get().counter() != previous.counter() + 1) {
        return Optional.of("pagination " + page.get() + " follows " + previous);
      }
      previous = page.get();
    }
    return Optional.empty();
  }

  /**
   * What breaks the counter's rise over a meter's datasets taken in the order the meter signed them
   * (one entry per dataset, from any number of sessions): counters that repeat or go back, and
   * gaps.
   */
  public static List<String> findingsAcross(List<OcmfPayload> datasetsOfOneMeter) {
    List<String> findings = new ArrayList<>();
    Map<Character, Page> last = new HashMap<>();
    for (OcmfPayload payload : datasetsOfOneMeter) {
      Optional<Page> parsed = page(payload.pagination());
      if (parsed.isEmpty()) {
        findings.add(
            "pagination " + quoted(payload.pagination()) + " is not T or F followed by a counter");
        continue;
      }
      Page page = parsed.get();
      Page before = last.put(page.context(), page);
      if (before == null) {
        continue;
      }
      long step = page.counter() - before.counter();
      if (step <= 0) {
        findings.add("pagination " + page + " follows " + before + ": the counter does not rise");
      } else if (step > 1) {
        findings.add(
            "pagination " + page + " follows " + before + ": " + (step - 1) + " page(s) missing");
      }
    }
    return findings;
  }

  private static String quoted(String pg) {
    return pg == null ? "(none)" : "'" + pg + "'";
  }
}
