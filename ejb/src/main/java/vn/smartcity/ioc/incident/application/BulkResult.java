package vn.smartcity.ioc.incident.application;

import java.util.List;
import java.util.Map;

/** What a bulk action did: the incidents changed, and the refused ones with the reason. */
public record BulkResult(List<Long> done, Map<Long, String> refused) {
}
