package org.evsettle.rules.pack;

import java.util.List;

/**
 * The pack version to use for a period. {@code rejectedEdit} lists the problems of the folder's
 * current files when they failed to compile and the last version that did compile is used instead.
 */
public record PackSelection(CompiledPack pack, List<PackProblem> rejectedEdit) {

  public boolean usesPreviousVersion() {
    return !rejectedEdit.isEmpty();
  }
}
