package org.evsettle.features.stepdef.market;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.evsettle.features.world.Market;
import org.evsettle.settlement.domain.AccessType;
import org.evsettle.settlement.domain.Charger;
import org.evsettle.settlement.domain.Quarter;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.SignedMetering;
import org.evsettle.settlement.domain.StationGrade;
import org.evsettle.settlement.domain.StationRating;

/** Who is in the market and what they send: chargers, ratings, sessions, readings, requests. */
public class MarketSteps {

  private final Market market;
  private int requests;

  public MarketSteps(Market market) {
    this.market = market;
  }

  @ParameterType("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
  public String time(String text) {
    return text;
  }

  @ParameterType("public|private|fleet|taxi")
  public AccessType access(String text) {
    return AccessType.valueOf(text.toUpperCase(Locale.ROOT));
  }

  @Given("the Beijing pack")
  public void theBeijingPack() {
    market.usePacks(Path.of("../rules/policies"), "beijing");
  }

  @Given(
      "operator {word} has a {access} {word} kW charger {word} at site {word} in district {word}"
          + " served by utility {word}")
  public void charger(
      String operator,
      AccessType access,
      String kw,
      String id,
      String site,
      String district,
      String utility) {
    market.addCharger(Market.compliant(operator, id, access, kw, site, district, utility));
  }

  @Given(
      "operator {word} has a {access} {word} kW charger {word} at site {word} served by utility"
          + " {word}")
  public void charger(
      String operator, AccessType access, String kw, String id, String site, String utility) {
    charger(operator, access, kw, id, site, null, utility);
  }

  @Given("site {word} is rated {word} for {word}")
  public void rated(String site, String grade, String quarter) {
    market.rate(
        new StationRating(
            site, Quarter.parse(quarter), StationGrade.valueOf(grade), RecordStatus.ACTIVE));
  }

  @Given("charger {word} has already had {word} kWh subsidised this year")
  public void capUsed(String charger, String kwh) {
    market.capUsed(charger, new BigDecimal(kwh));
  }

  @Given("charger {word} uses OCPP security profile {int}")
  public void ocppProfile(String id, int profile) {
    change(
        id,
        c ->
            copy(
                c,
                profile,
                c.firmwareSigned(),
                c.defaultCredentialsChanged(),
                c.tlsCertExpires(),
                c.signedMetering()));
  }

  @Given("the firmware of charger {word} is not signed")
  public void unsignedFirmware(String id) {
    change(
        id,
        c ->
            copy(
                c,
                c.ocppSecurityProfile(),
                false,
                c.defaultCredentialsChanged(),
                c.tlsCertExpires(),
                c.signedMetering()));
  }

  @Given("charger {word} still has its default credentials")
  public void defaultCredentials(String id) {
    change(
        id,
        c ->
            copy(
                c,
                c.ocppSecurityProfile(),
                c.firmwareSigned(),
                false,
                c.tlsCertExpires(),
                c.signedMetering()));
  }

  @Given("the TLS certificate of charger {word} expires on {word}")
  public void certificate(String id, String date) {
    change(
        id,
        c ->
            copy(
                c,
                c.ocppSecurityProfile(),
                c.firmwareSigned(),
                c.defaultCredentialsChanged(),
                LocalDate.parse(date),
                c.signedMetering()));
  }

  @Given("charger {word} does not sign its meter values")
  public void unsignedMetering(String id) {
    change(
        id,
        c ->
            copy(
                c,
                c.ocppSecurityProfile(),
                c.firmwareSigned(),
                c.defaultCredentialsChanged(),
                c.tlsCertExpires(),
                SignedMetering.NONE));
  }

  private void change(String id, java.util.function.UnaryOperator<Charger> edit) {
    market.addCharger(edit.apply(market.charger(id)));
  }

  private static Charger copy(
      Charger c,
      Integer profile,
      Boolean firmware,
      Boolean credentials,
      LocalDate cert,
      SignedMetering metering) {
    return new Charger(
        c.chargerId(),
        c.operatorId(),
        c.siteId(),
        c.utilityId(),
        c.district(),
        c.access(),
        c.ratedPowerKw(),
        c.v2gCapable(),
        profile,
        c.firmwareVersion(),
        firmware,
        credentials,
        cert,
        metering,
        c.currentType(),
        c.connector(),
        c.meterPublicKey(),
        c.meterSerial(),
        c.status());
  }

  @When(
      "{word} charges {word} kWh on {word} from {time} to {time} in session {word} without signed"
          + " meter values")
  public void chargesUnsigned(
      String operator, String kwh, String charger, String from, String to, String session) {
    market.charge(
        operator, session, charger, market.local(from), market.local(to), kwh, null, null);
  }

  @When(
      "{word} charges {word} kWh on {word} from {time} to {time} in session {word}, its meter"
          + " signing {word} kWh")
  public void chargesOtherThanSigned(
      String operator,
      String kwh,
      String charger,
      String from,
      String to,
      String session,
      String signedKwh) {
    chargeSigned(operator, kwh, charger, from, to, session, new BigDecimal(signedKwh), d -> d);
  }

  @When(
      "{word} charges {word} kWh on {word} from {time} to {time} in session {word}, its signed end"
          + " reading raised by {word} kWh after signing")
  public void chargesTampered(
      String operator,
      String kwh,
      String charger,
      String from,
      String to,
      String session,
      String raisedBy) {
    // the world's meter starts each session at 2000 kWh
    BigDecimal stop = new BigDecimal("2000").add(new BigDecimal(kwh));
    String end = "\"RV\":" + stop.toPlainString() + ",";
    String raised = "\"RV\":" + stop.add(new BigDecimal(raisedBy)).toPlainString() + ",";
    chargeSigned(
        operator,
        kwh,
        charger,
        from,
        to,
        session,
        new BigDecimal(kwh),
        d -> d.replace(end, raised));
  }

  private void chargeSigned(
      String operator,
      String kwh,
      String charger,
      String from,
      String to,
      String session,
      BigDecimal signedKwh,
      java.util.function.UnaryOperator<String> alter) {
    Instant start = market.local(from);
    Instant end = market.local(to);
    String data = alter.apply(market.signed(start, end, signedKwh));
    market.charge(operator, session, charger, start, end, kwh, null, data);
  }

  @When("{word} charges {word} kWh on {word} from {time} to {time} in session {word}")
  public void charges(
      String operator, String kwh, String charger, String from, String to, String session) {
    market.charge(operator, session, charger, from, to, kwh);
  }

  @When("the session is first reported on {time}")
  public void reported(String when) {
    market.lastSessionReportedAt(when);
  }

  @When("utility {word} measures on {word}:")
  public void measures(String utility, String meter, DataTable table) {
    for (Map<String, String> row : table.asMaps()) {
      market.reading(meter, row.get("from"), Integer.parseInt(row.get("minutes")), row.get("kWh"));
    }
  }

  @When("{word} discharges {word} kWh on {word} from {time} to {time} in discharge {word}")
  public void discharges(
      String operator, String kwh, String charger, String from, String to, String discharge) {
    market.discharge(operator, discharge, charger, from, to, kwh);
  }

  @When("utility {word} requests discharge at site {word} from {time} to {time}")
  public void requestAtSite(String utility, String site, String from, String to) {
    market.request(utility, "REQ-" + ++requests, from, to, site, null);
  }

  @When("utility {word} requests discharge in district {word} from {time} to {time}")
  public void requestInDistrict(String utility, String district, String from, String to) {
    market.request(utility, "REQ-" + ++requests, from, to, null, district);
  }
}
