package vn.smartcity.ioc.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses oversized posts to the public portal and API before anything reads them, with a clear page (413)
 * instead of a broken form: a form without photos needs far less than {@value #MAX_FORM_BYTES} bytes; with
 * photos (multipart) at most {@value #MAX_MULTIPART_BYTES}. A form post that is not multipart has no
 * files (rather than the container's exception when a page with a file input reads them).
 */
@WebFilter(filterName = "PortalRequestLimitFilter", urlPatterns = {"/portal/*", "/api/open311/*"})
public class PortalRequestLimitFilter extends HttpFilter {

    static final long MAX_FORM_BYTES = 256 * 1024;
    static final long MAX_MULTIPART_BYTES = 27L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod())) {
            String type = request.getContentType() == null ? "" : request.getContentType();
            long limit = type.startsWith("multipart/") ? MAX_MULTIPART_BYTES : MAX_FORM_BYTES;
            if (request.getContentLengthLong() > limit) {
                refuse(request, response, limit);
                return;
            }
            if (!type.startsWith("multipart/")) {
                // a form with a file input posted without multipart (a script, an old client): no files, not a 500
                chain.doFilter(new NoPartsRequest(request), response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A request that is not multipart has no parts (instead of the container's exception). */
    static final class NoPartsRequest extends HttpServletRequestWrapper {
        NoPartsRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public java.util.Collection<jakarta.servlet.http.Part> getParts() {
            return java.util.List.of();
        }

        @Override
        public jakarta.servlet.http.Part getPart(String name) {
            return null;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        response.setStatus(413);
        response.setHeader("Connection", "close");
        String kb = Long.toString(limit / 1024);
        if (request.getRequestURI().contains("/api/")) {
            response.setContentType("application/problem+json;charset=utf-8");
            response.getWriter().write("{\"title\":\"Request too large\",\"status\":413,\"detail\":\"At most " + kb
                    + " KB may be sent here\"}");
            return;
        }
        response.setContentType("text/html;charset=utf-8");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>413</title></head>"
                + "<body><h1 id=\"tooLarge\">Nội dung gửi quá lớn / Too much was sent</h1>"
                + "<p>Biểu mẫu chỉ nhận tối đa " + kb + " KB. Xin rút gọn nội dung hoặc bớt ảnh rồi gửi lại.</p>"
                + "<p>The form accepts at most " + kb + " KB. Please shorten the text or send fewer photos, then try again.</p>"
                + "<p><a href=\"" + request.getContextPath() + "/portal/report.xhtml\">Gửi phản ánh / Report a problem</a></p>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
    }
}
