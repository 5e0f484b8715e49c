package vn.smartcity.ioc.city.domain;

/** Grassroots administrative units of a province since the 2025 reorganisation. */
public enum WardKind {
    /** phường (urban) */
    WARD,
    /** xã (rural) */
    COMMUNE,
    /** đặc khu (special zone) */
    SPECIAL_ZONE
}
