package vn.smartcity.ioc.report.domain;

import java.util.List;

public interface ReportCategoryRepository {

    /** All categories, with their department, by Vietnamese name. */
    List<ReportCategory> all();

    /** The categories citizens can report in now. */
    List<ReportCategory> active();
}
