package org.evsettle.features.stepdef;

import io.cucumber.spring.CucumberContextConfiguration;
import io.cucumber.spring.ScenarioScope;
import org.evsettle.features.world.Market;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.ContextConfiguration;

/** Each scenario gets a fresh {@link Market}, shared by the step definitions of every area. */
@CucumberContextConfiguration
@ContextConfiguration(classes = FeatureWorld.Beans.class)
public class FeatureWorld {

  @Configuration
  static class Beans {
    @Bean
    @ScenarioScope
    Market market() {
      return new Market();
    }
  }
}
