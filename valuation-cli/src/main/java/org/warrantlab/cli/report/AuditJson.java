package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.audit.FileTrail;

/** The audit trail as the JSON and CSV reports carry it: never the clock time, so both stay reproducible. */
final class AuditJson {

  private AuditJson() {
  }

  static ObjectNode of(AuditTrail audit) {
    return of(audit.fields());
  }

  static ObjectNode of(FileTrail audit) {
    return of(audit.fields());
  }

  /** The fields as JSON, numbers as numbers. */
  static ObjectNode of(Map<String, Object> fields) {
    ObjectNode node = Serialized.object();
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      if (field.getValue() instanceof Long number) {
        node.put(field.getKey(), number);
      } else {
        node.put(field.getKey(), String.valueOf(field.getValue()));
      }
    }
    return node;
  }

  /** The trail's fields added to a CSV row, under the same names; a row's own seed or paths stay (converge). */
  static void csv(Map<String, Object> row, AuditTrail audit) {
    audit.fields().forEach(row::putIfAbsent);
  }

  /** {@code columns} followed by the trail's fields it does not have yet (a study's rows already give the seed). */
  static List<String> columns(List<String> columns, AuditTrail audit) {
    List<String> all = new ArrayList<>(columns);
    audit.fields().keySet().stream().filter(field -> !all.contains(field)).forEach(all::add);
    return all;
  }
}
