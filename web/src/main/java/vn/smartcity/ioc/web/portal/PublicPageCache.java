package vn.smartcity.ioc.web.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import vn.smartcity.ioc.shared.application.TtlCache;
import vn.smartcity.ioc.web.shared.LanguageBacking;

/**
 * Serves the read-only public pages (portal home, public list of reports) to anonymous visitors from a short
 * per-node cache of the rendered HTML: one rendering per address and language every {@value #TTL_SECONDS}
 * seconds instead of one per visitor. The pages hold nothing personal and no view state (stateless views), so
 * every visitor may get the same bytes; their data is at most as old as the public list's own 10-second cache.
 * <p>
 * Rendered normally (not cached, not served from the cache): anything but GET, a request switching the language
 * ({@code ?lang=}, which sets a cookie), a request with an HTTP session cookie (a logged-in member of staff), an
 * answer that is not 200, sets a cookie or exceeds {@value #MAX_PAGE_BYTES} bytes. Mapped in web.xml after
 * {@code SecurityHeadersFilter}, so cached answers carry the same security headers. Answers carry
 * {@code X-IOC-Page-Cache: hit|miss}.
 */
public class PublicPageCache extends HttpFilter {

    static final long TTL_SECONDS = 10;
    static final int MAX_PAGES = 500;
    static final int MAX_PAGE_BYTES = 256 * 1024;
    static final String HEADER = "X-IOC-Page-Cache";

    /** A rendered page, or {@code null} body for an answer that must not be reused. */
    record Page(byte[] body, String contentType, String contentLanguage) {
        boolean reusable() {
            return body != null;
        }
    }

    private final TtlCache<String, Page> pages = new TtlCache<>(MAX_PAGES, Duration.ofSeconds(TTL_SECONDS));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + '?' + (request.getQueryString() == null ? "" : request.getQueryString())
                + '#' + LanguageBacking.remembered(request.getCookies()).getLanguage();
        Rendering rendering = new Rendering();
        Page page;
        try {
            page = pages.get(key, () -> rendering.render(request, response, chain));
        } catch (RenderingFailed e) {
            e.rethrow();
            return;
        }
        if (rendering.rendered) {
            // this request rendered the page itself: the answer already went out (or is written now)
            rendering.finish(response);
        } else if (page.reusable()) {
            response.setHeader(HEADER, "hit");
            response.setContentType(page.contentType());
            if (page.contentLanguage() != null) {
                response.setHeader("Content-Language", page.contentLanguage());
            }
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
        } else {
            chain.doFilter(request, response); // the last rendering was not reusable: render again
        }
    }

    static boolean cacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null
                || request.getHeader("Authorization") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("JSESSIONID".equalsIgnoreCase(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One rendering of a page by the chain into memory, then to this request's own answer. */
    private static final class Rendering {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
        private Capture capture;
        private boolean rendered;

        Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
            rendered = true;
            capture = new Capture(response, body);
            try {
                chain.doFilter(request, capture);
                capture.flushWriter();
            } catch (IOException e) {
                throw new RenderingFailed(e);
            } catch (ServletException e) {
                throw new RenderingFailed(e);
            }
            boolean reusable = capture.status == HttpServletResponse.SC_OK && !capture.cookieSet
                    && body.size() <= MAX_PAGE_BYTES && !response.isCommitted();
            return reusable
                    ? new Page(body.toByteArray(), capture.getContentType(), capture.getHeader("Content-Language"))
                    : new Page(null, null, null);
        }

        void finish(HttpServletResponse response) throws IOException {
            if (capture.errorSent) {
                return; // the container wrote the error page
            }
            if (!response.isCommitted()) {
                response.setHeader(HEADER, "miss");
                if (capture.status == HttpServletResponse.SC_OK) {
                    response.setContentLength(body.size());
                }
            }
            body.writeTo(response.getOutputStream());
        }
    }

    /** The answer of the chain kept in memory; status, headers and cookies still go to the real answer. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body;
        private PrintWriter writer;
        private ServletOutputStream stream;
        private int status = SC_OK;
        private boolean cookieSet;
        private boolean errorSent;

        Capture(HttpServletResponse response, ByteArrayOutputStream body) {
            super(response);
            this.body = body;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            errorSent = true;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            errorSent = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookieSet = true;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
            super.addHeader(name, value);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("a cached page is written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void resetBuffer() {
            flushWriter();
            body.reset();
        }

        @Override
        public void reset() {
            super.reset();
            resetBuffer();
            status = SC_OK;
        }

        @Override
        public void flushBuffer() {
            flushWriter();
        }

        @Override
        public void setContentLength(int len) {
            // the length is set when the kept body is written
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is set when the kept body is written
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }
    }

    /** Carries the chain's checked exceptions through the cache's supplier. */
    private static final class RenderingFailed extends RuntimeException {
        RenderingFailed(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
