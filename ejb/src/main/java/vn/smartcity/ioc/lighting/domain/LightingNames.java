package vn.smartcity.ioc.lighting.domain;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * A name in Vietnamese (needed) and English (the Vietnamese one when left empty), each at most 200 characters:
 * the names of programs, calendars, groups and special days.
 */
record LightingNames(String vi, String en) {

    static LightingNames of(String nameVi, String nameEn) {
        String vi = nameVi == null ? "" : nameVi.strip();
        String en = nameEn == null || nameEn.isBlank() ? vi : nameEn.strip();
        if (vi.isEmpty() || vi.length() > 200 || en.length() > 200) {
            throw new Invalid("lighting.name");
        }
        return new LightingNames(vi, en);
    }
}
