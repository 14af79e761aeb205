package org.evsettle.integrations.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.evsettle.settlement.domain.PartyRole;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The import profiles in use: those shipped with evsettle ({@code classpath:profiles/*.yaml}) and
 * those in {@code <home>/profiles/}, where a profile of the same name replaces the shipped one.
 */
public final class ProfileCatalog {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final List<CompiledProfile> profiles;

  public ProfileCatalog(List<CompiledProfile> profiles) {
    this.profiles = List.copyOf(profiles);
  }

  /** Loads shipped and home profiles; a broken profile stops the load with its file named. */
  public static ProfileCatalog load(Path homeProfiles) {
    Map<String, CompiledProfile> byName = new LinkedHashMap<>();
    try {
      Resource[] shipped =
          new PathMatchingResourcePatternResolver().getResources("classpath*:profiles/*.yaml");
      for (Resource resource : shipped) {
        try (InputStream in = resource.getInputStream()) {
          put(byName, read(in, resource.getDescription()));
        }
      }
      if (homeProfiles != null && Files.isDirectory(homeProfiles)) {
        try (Stream<Path> files = Files.list(homeProfiles)) {
          for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
            try (InputStream in = Files.newInputStream(file)) {
              put(byName, read(in, file.toString()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new ProfileException("cannot read the import profiles: " + e.getMessage(), e);
    }
    return new ProfileCatalog(new ArrayList<>(byName.values()));
  }

  public static CompiledProfile read(InputStream in, String source) {
    try {
      return new CompiledProfile(YAML.readValue(in, ImportProfile.class), source);
    } catch (IOException e) {
      throw new ProfileException(
          "import profile " + source + " is not valid YAML for a profile: " + e.getMessage(), e);
    }
  }

  private static void put(Map<String, CompiledProfile> byName, CompiledProfile profile) {
    byName.put(profile.name(), profile);
  }

  /**
   * The profile that reads this file, if any; shipped profiles are tried first, then the home's in
   * file-name order, and the first that matches wins.
   */
  public Optional<CompiledProfile> find(PartyRole senderRole, String fileName) {
    return profiles.stream().filter(p -> p.profile().matches(senderRole, fileName)).findFirst();
  }

  public List<CompiledProfile> all() {
    return profiles;
  }
}
