package vn.smartcity.ioc.lighting.domain;

import java.util.regex.Pattern;

import vn.smartcity.ioc.shared.domain.Invalid;

/** The codes of lighting assets, programs and calendars: letters, digits, {@code . _ -}, 1 to 40 characters. */
public final class LightingCodes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private LightingCodes() {
    }

    /** Whether a text is such a code (a gateway's address on its topics, a code in a message). */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    static String check(String code, String key) {
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw new Invalid(key, c);
        }
        return c;
    }
}
