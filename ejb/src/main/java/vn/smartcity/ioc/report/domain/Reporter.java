package vn.smartcity.ioc.report.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Who reported, as far as they chose to say: every part is optional. */
public record Reporter(String name, String phone, String email) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,190}\\.[A-Za-z]{2,}");
    /** Vietnamese numbers: 0xxxxxxxxx or +84xxxxxxxxx (9–10 digits after the prefix). */
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)[1-9][0-9]{7,9}");

    public Reporter {
        name = blankToNull(name);
        phone = phone == null ? null : blankToNull(phone.replaceAll("[\\s.()-]", ""));
        email = email == null ? null : blankToNull(email.strip().toLowerCase(Locale.ROOT));
    }

    public static final Reporter ANONYMOUS = new Reporter(null, null, null);

    public boolean validName() {
        return name == null || name.length() <= 100 && name.chars().noneMatch(c -> c == '<' || c == '>');
    }

    public boolean validPhone() {
        return phone == null || PHONE.matcher(phone).matches();
    }

    public boolean validEmail() {
        return email == null || email.length() <= 200 && EMAIL.matcher(email).matches();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
