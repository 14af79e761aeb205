package org.evsettle.batch.settle;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evsettle.rules.pack.PackSelection;
import org.evsettle.rules.pack.PolicyPacks;
import org.springframework.stereotype.Component;

/** The policy packs of each rules folder, compiled once per content and shared by partitions. */
@Component
public class PackProvider {

  private final Map<Path, PolicyPacks> folders = new ConcurrentHashMap<>();

  public PackSelection select(Path rulesFolder, String pack, YearMonth period) {
    return folders
        .computeIfAbsent(rulesFolder.toAbsolutePath().normalize(), PolicyPacks::new)
        .select(pack, period);
  }
}
