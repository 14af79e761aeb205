package org.evsettle.integrations.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Counts line breaks (CRLF, LF or a lone CR) as characters stream through, so that the character
 * position where a CSV record starts can be turned into its physical line number even when quoted
 * values span lines. Only breaks not yet asked about are kept, so memory stays bounded by the
 * parser's read-ahead.
 */
final class LineTrackingReader extends FilterReader {

  private final ArrayDeque<Long> pendingLineStarts = new ArrayDeque<>();
  private long position;
  private long linesBefore;
  private boolean lastWasCr;

  LineTrackingReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      track((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      track(buffer[offset + i]);
    }
    return n;
  }

  private void track(char c) {
    position++;
    if (c == '\r' || (c == '\n' && !lastWasCr)) {
      pendingLineStarts.addLast(position);
    }
    lastWasCr = c == '\r';
  }

  /** The 1-based line of the character at {@code characterPosition}; positions must not go back. */
  long lineAt(long characterPosition) {
    while (!pendingLineStarts.isEmpty() && pendingLineStarts.peekFirst() <= characterPosition) {
      pendingLineStarts.removeFirst();
      linesBefore++;
    }
    return linesBefore + 1;
  }
}
