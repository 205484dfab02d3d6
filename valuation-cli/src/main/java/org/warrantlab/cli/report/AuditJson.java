package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.warrantlab.cli.audit.AuditTrail;

/** The audit trail as the JSON and CSV reports carry it: never the clock time, so both stay reproducible. */
final class AuditJson {

  private AuditJson() {
  }

  static ObjectNode of(AuditTrail audit) {
    ObjectNode node = Serialized.object();
    for (Map.Entry<String, Object> field : audit.fields().entrySet()) {
      if (field.getValue() instanceof Long number) {
        node.put(field.getKey(), number);
      } else {
        node.put(field.getKey(), String.valueOf(field.getValue()));
      }
    }
    return node;
  }

  /** The trail's fields added to a CSV row, under the same names. */
  static void csv(Map<String, Object> row, AuditTrail audit) {
    row.putAll(audit.fields());
  }
}
