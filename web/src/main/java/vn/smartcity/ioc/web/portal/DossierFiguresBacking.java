package vn.smartcity.ioc.web.portal;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.dossier.application.DossierPublicFigures;
import vn.smartcity.ioc.web.shared.LanguageBacking;
import vn.smartcity.ioc.web.shared.ReferenceListsBacking;

/** /portal/dossiers.xhtml: the on-time rate of each department's dossiers by month, as provinces publish it. */
@Named("dossierFigures")
@RequestScoped
public class DossierFiguresBacking {

    @Inject
    DossierPublicFigures figures;

    @Inject
    ReferenceListsBacking lists;

    @Inject
    LanguageBacking language;

    private List<DossierPublicFigures.DepartmentYear> rows;

    public List<DossierPublicFigures.DepartmentYear> getRows() {
        if (rows == null) {
            rows = figures.onTimeByDepartment();
        }
        return rows;
    }

    public List<YearMonth> getMonths() {
        return figures.months();
    }

    public String department(String code) {
        return lists.getDepartments().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> "en".equals(language.getCode()) ? d.nameEn() : d.nameVi()).orElse(code);
    }
}
