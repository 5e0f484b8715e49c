package vn.smartcity.ioc.web.shared;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;

/** The number at the end of a servlet's path ({@code /console/violations/notice/42} → 42), if it is one. */
public final class PathId {

    private PathId() {
    }

    public static OptionalLong of(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2 || path.length() > 20) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(path.substring(1)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
