package vn.smartcity.ioc.incident.domain;

/** Where an incident's information comes from. */
public enum SourceKind {
    CITIZEN_REPORT, CAMERA_ALERT, MEDIA_ARTICLE, SECURITY_ALERT, OPERATOR, DOSSIER, LIGHTING
}
