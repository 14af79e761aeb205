package org.evsettle.batch;

import java.time.Clock;
import org.evsettle.batch.cli.EvsettleCommand;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The application context of every command. Started by a command once its options are parsed, so
 * {@code --help} and option errors need no database.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("org.evsettle")
@EntityScan("org.evsettle")
@EnableJpaRepositories("org.evsettle")
public class EvsettleApplication {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  public static void main(String[] args) {
    System.exit(EvsettleCommand.commandLine().execute(args));
  }
}
