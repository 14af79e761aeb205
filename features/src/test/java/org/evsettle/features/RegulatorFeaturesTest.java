package org.evsettle.features;

import static io.cucumber.junit.platform.engine.Constants.FEATURES_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every regulator feature in the module's area folders ({@code tariff/}, {@code subsidy/},
 * ...), where regulators can read and extend them.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("org.evsettle.features")
@ConfigurationParameter(
    key = FEATURES_PROPERTY_NAME,
    value = "tariff,subsidy,compliance,v2g,valley-share,packs,period,jurisdictions")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.evsettle.features.stepdef")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
public class RegulatorFeaturesTest {}
