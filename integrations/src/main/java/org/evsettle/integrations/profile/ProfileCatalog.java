package org.evsettle.integrations.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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

  /**
   * Loads shipped and home profiles and checks every field of each; the first broken one stops the
   * load with its file, line and field named (home profiles as {@code profiles/<file>}).
   */
  public static ProfileCatalog load(Path homeProfiles) {
    Map<String, CompiledProfile> byName = new LinkedHashMap<>();
    try {
      Resource[] shipped =
          new PathMatchingResourcePatternResolver().getResources("classpath*:profiles/*.yaml");
      for (Resource resource : shipped) {
        try (InputStream in = resource.getInputStream()) {
          put(byName, read(in, "shipped profiles/" + resource.getFilename()));
        }
      }
      if (homeProfiles != null && Files.isDirectory(homeProfiles)) {
        try (Stream<Path> files = Files.list(homeProfiles)) {
          for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
            try (InputStream in = Files.newInputStream(file)) {
              put(byName, read(in, "profiles/" + file.getFileName()));
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
    byte[] yaml;
    YamlKeyLines lines;
    try {
      yaml = in.readAllBytes();
      lines = YamlKeyLines.of(yaml);
    } catch (JsonProcessingException e) {
      throw ProfileException.at(source, lineOf(e), null, "is not valid YAML: " + firstLine(e));
    } catch (IOException e) {
      throw new ProfileException(
          "cannot read the import profile " + source + ": " + e.getMessage(), e);
    }
    try {
      return new CompiledProfile(YAML.readValue(yaml, ImportProfile.class), source, lines);
    } catch (JsonMappingException e) {
      // the parser's location of a mapping error is where it stopped, often the line after
      List<String> path =
          e.getPath().stream().map(JsonMappingException.Reference::getFieldName).toList();
      String problem =
          e instanceof UnrecognizedPropertyException
              ? "is not a key of an import profile"
              : "cannot be read: " + firstLine(e);
      throw ProfileException.at(
          source,
          path.isEmpty() ? lineOf(e) : lines.line(path.toArray(String[]::new)),
          path.isEmpty() ? null : String.join(".", path),
          problem);
    } catch (IOException e) {
      throw new ProfileException(
          "cannot read the import profile " + source + ": " + e.getMessage(), e);
    }
  }

  private static int lineOf(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }

  private static String firstLine(JsonProcessingException e) {
    return e.getOriginalMessage().lines().findFirst().orElse("");
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
