package org.evsettle.batch.cli;

import java.nio.file.Path;
import org.evsettle.batch.EvsettleApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for a command, with its home folder. */
final class ApplicationContexts {

  private ApplicationContexts() {}

  static ConfigurableApplicationContext start(Path home) {
    return new SpringApplicationBuilder(EvsettleApplication.class)
        .web(WebApplicationType.NONE)
        .properties("evsettle.home=" + home)
        .run();
  }
}
