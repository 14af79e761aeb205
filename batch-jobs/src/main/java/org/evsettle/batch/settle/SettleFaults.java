package org.evsettle.batch.settle;

import org.springframework.stereotype.Component;

/**
 * A way to make one operator's partition fail on purpose, so that tests can prove a failed run
 * resumes to the same result. Nothing sets it in normal operation.
 */
@Component
public class SettleFaults {

  private volatile String failOperator;

  public void failOperator(String operatorId) {
    this.failOperator = operatorId;
  }

  void check(String operatorId) {
    if (operatorId.equals(failOperator)) {
      throw new IllegalStateException("partition " + operatorId + " failed on purpose");
    }
  }
}
