package org.evsettle.integrations.profile;

/** An import profile that cannot be used; the message names the file and what is wrong. */
public class ProfileException extends RuntimeException {

  public ProfileException(String message) {
    super(message);
  }

  public ProfileException(String message, Throwable cause) {
    super(message, cause);
  }
}
