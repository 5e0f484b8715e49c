package vn.smartcity.ioc.web.console.analytics;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.smartcity.ioc.analytics.application.IncidentAnalytics;
import vn.smartcity.ioc.analytics.domain.IncidentKpiRow;
import vn.smartcity.ioc.audit.application.Downloads;

/**
 * {@code GET /console/analytics/incidents.xlsx?from=&to=&by=}: the KPI table of the analytics page as a spreadsheet
 * (one sheet, headers in Vietnamese and English, numbers as numbers, rates as fractions), written by fastexcel as a
 * stream; scoped as the page is; every download is logged (who, what, parameters, rows). A bad period answers 400.
 */
@WebServlet("/console/analytics/incidents.xlsx")
public class IncidentKpiXlsxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String[] HEADERS = {"Nhóm / group", "Mở mới / opened", "Đã giải quyết / resolved",
            "Đúng hạn / resolved on time", "Tỷ lệ đúng hạn / on-time rate", "Trung vị giờ giải quyết / median hours to resolve",
            "Mở lại / reopened", "Tỷ lệ mở lại / reopen rate", "Số đánh giá / ratings", "Điểm đánh giá TB / average rating"};

    @Inject
    IncidentAnalytics analytics;

    @Inject
    Downloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        KpiRequest.Export export = KpiRequest.export(request, response, analytics);
        if (export == null) {
            return;
        }
        KpiRequest kpi = export.request();
        List<IncidentKpiRow> rows = export.rows();
        downloads.record("incident-kpis", "xlsx", request.getQueryString(), rows.size());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"incident-kpis-" + kpi.by().name().toLowerCase(Locale.ROOT)
                + "-" + kpi.from() + "-" + kpi.to() + ".xlsx\"");
        Workbook workbook = new Workbook(response.getOutputStream(), "IOC", "1.0");
        Worksheet sheet = workbook.newWorksheet("KPI " + kpi.from() + " " + kpi.to());
        for (int c = 0; c < HEADERS.length; c++) {
            sheet.value(0, c, HEADERS[c]);
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (IncidentKpiRow row : rows) {
            sheet.value(r, 0, row.group());
            sheet.value(r, 1, row.opened());
            sheet.value(r, 2, row.resolved());
            sheet.value(r, 3, row.resolvedOnTime());
            number(sheet, r, 4, row.onTimeRate());
            number(sheet, r, 5, row.medianHours());
            sheet.value(r, 6, row.reopened());
            number(sheet, r, 7, row.reopenRate());
            sheet.value(r, 8, row.ratings());
            number(sheet, r, 9, row.averageRating());
            r++;
        }
        workbook.finish();
    }

    private static void number(Worksheet sheet, int row, int column, Double value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
    }
}
