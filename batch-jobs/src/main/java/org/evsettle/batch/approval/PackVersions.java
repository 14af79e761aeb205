package org.evsettle.batch.approval;

import java.nio.file.Path;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.rules.pack.PackCompiler;
import org.evsettle.rules.pack.PackFiles;
import org.evsettle.settlement.approval.PackVersion;

/** The approvals' name for a pack version, from a compiled pack or straight from its folder. */
public final class PackVersions {

  private PackVersions() {}

  public static PackVersion of(CompiledPack pack) {
    return new PackVersion(pack.manifest().name(), pack.manifest().version(), pack.sha256());
  }

  /** The folder's current rule set, hashed as a compile would hash it, without compiling it. */
  public static PackVersion ofFolder(Path folder) {
    var manifest = PackCompiler.readManifest(folder);
    return new PackVersion(manifest.name(), manifest.version(), PackFiles.of(folder).sha256());
  }
}
