package org.evsettle.batch.approval;

/** A submission, approval or settle refused for want of an approval; its message says why. */
public class ApprovalRefusedException extends IllegalStateException {

  public ApprovalRefusedException(String message) {
    super(message);
  }
}
