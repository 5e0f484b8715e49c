package vn.smartcity.ioc.dossier.application;

import vn.smartcity.ioc.dossier.domain.Dossier;

/** Tells the consoles that a dossier is overdue (a live alert to those who may see its department's dossiers). */
public interface DossierAlertPublisher {

    void overdue(Dossier dossier, String procedureName, long workingDaysOverdue);
}
