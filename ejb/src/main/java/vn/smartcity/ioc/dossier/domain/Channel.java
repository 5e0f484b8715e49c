package vn.smartcity.ioc.dossier.domain;

/** How the citizen handed the dossier in (the national portal's codes 1, 2, 3). */
public enum Channel {
    /** At the one-stop desk (trực tiếp). */
    DESK,
    /** Online, through the public-service portal (trực tuyến). */
    ONLINE,
    /** By post (qua bưu chính). */
    POST
}
