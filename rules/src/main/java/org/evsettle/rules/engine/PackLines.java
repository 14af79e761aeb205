package org.evsettle.rules.engine;

import java.util.Set;
import org.evsettle.rules.model.Line;
import org.evsettle.rules.pack.CompiledPack;
import org.evsettle.settlement.domain.PolicyLine;

/**
 * A rule's line made a settlement line, once it is whole and within what the pack allows: its
 * component and window class defined, paid by its component's payer to its payee, a utility only
 * one that serves the partition. A rule file can never pay more than the fact model allows.
 */
final class PackLines {

  private PackLines() {}

  static PolicyLine toPolicyLine(CompiledPack pack, Line l, Set<String> utilities) {
    if (l.getAmount() == null
        || l.getExplanation() == null
        || l.getPayer() == null
        || l.getPayee() == null
        || l.getRecordId() == null) {
      throw new IllegalStateException(
          "rule '"
              + l.getRule()
              + "' in "
              + pack.policyFileOf(l.getRule())
              + " made a line without a record, a payer, an amount or an explanation");
    }
    String refused =
        pack.terms()
            .refusal(
                l.getComponent(),
                l.getWindowClass(),
                l.getPayer(),
                l.getPayee(),
                l.getOperatorId(),
                pack.manifest().fundId(),
                utilities);
    if (refused != null) {
      throw new IllegalStateException(
          "rule '"
              + l.getRule()
              + "' in "
              + pack.policyFileOf(l.getRule())
              + " made a line"
              + " the pack does not allow: "
              + refused);
    }
    return new PolicyLine(
        l.getComponent(),
        l.getWindowClass(),
        l.getPayer(),
        l.getPayee(),
        l.getOperatorId(),
        l.getChargerId(),
        l.getRecordType(),
        l.getRecordId(),
        l.getRecordVersion(),
        l.getQuantity(),
        l.getUnit(),
        l.getRate(),
        l.getAmount(),
        l.getRule(),
        pack.policyFileOf(l.getRule()),
        pack.sha256(),
        l.getExplanation());
  }
}
