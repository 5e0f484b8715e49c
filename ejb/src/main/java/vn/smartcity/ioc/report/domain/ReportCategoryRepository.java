package vn.smartcity.ioc.report.domain;

import java.util.List;
import java.util.Optional;

public interface ReportCategoryRepository {

    /** All categories, with their department, by Vietnamese name. */
    List<ReportCategory> all();

    Optional<ReportCategory> byCode(String code);

    /** The categories citizens can report in now. */
    List<ReportCategory> active();

    /** Every category's questions, with their choices. */
    List<ServiceAttribute> attributes();

    Optional<ServiceAttribute> attribute(long id);

    void add(ServiceAttribute attribute);

    /** Removes a question; answers already given to it stay with their reports. */
    void remove(ServiceAttribute attribute);
}
