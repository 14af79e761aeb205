package org.evsettle.settlement.ocmf;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** BouncyCastle used directly, not installed JVM-wide, so other code keeps the JDK's providers. */
final class Bouncy {

  static final Provider PROVIDER = new BouncyCastleProvider();

  private Bouncy() {}
}
