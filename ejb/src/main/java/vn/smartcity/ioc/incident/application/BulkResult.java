package vn.smartcity.ioc.incident.application;

import java.util.List;
import java.util.Map;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * What a bulk action did: the incidents changed, and the refused ones with the reason (said in the reader's
 * language with {@link Text#in}).
 */
public record BulkResult(List<Long> done, Map<Long, Text> refused) {
}
