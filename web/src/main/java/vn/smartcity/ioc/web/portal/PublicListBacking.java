package vn.smartcity.ioc.web.portal;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.report.application.PublicReport;
import vn.smartcity.ioc.report.application.PublicReportQuery;
import vn.smartcity.ioc.report.application.PublicReports;

/** The public map and list of reports (/portal/reports.xhtml?category=&ward=&status=open|closed&page=). Read-only, GET only. */
@Named("publicReports")
@RequestScoped
public class PublicListBacking {

    static final int PAGE_SIZE = 20;
    /**
     * The list goes back 50 pages (the 1,000 latest reports matching the filters): a deeper page would cost the
     * database a long scan per visit (and a crawler thousands of them); the filters narrow the list instead.
     */
    static final int MAX_PAGE = 50;

    @Inject
    PublicReports reports;

    private String category;
    private String ward;
    private String status;
    private int page = 1;
    private List<PublicReport> rows;
    private long total;

    public void load() {
        Boolean open = "open".equals(status) ? Boolean.TRUE : "closed".equals(status) ? Boolean.FALSE : null;
        PublicReportQuery query = new PublicReportQuery(null, blank(category) ? null : List.of(category),
                blank(ward) ? null : ward, open, null, null, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        rows = reports.page(query);
        total = reports.approximateCount(query, getShownAtMost());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public long getPages() {
        return Math.min(MAX_PAGE, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /** Whether more reports match than the list shows (then the page says to narrow the filters). */
    public boolean isTruncated() {
        return total > getShownAtMost();
    }

    public int getShownAtMost() {
        return MAX_PAGE * PAGE_SIZE;
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getWard() { return ward; }
    public void setWard(String ward) { this.ward = ward; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.min(MAX_PAGE, Math.max(1, page)); }
    public List<PublicReport> getRows() { return rows; }
    public long getTotal() { return total; }
}
