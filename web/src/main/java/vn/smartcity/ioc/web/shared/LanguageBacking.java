package vn.smartcity.ioc.web.shared;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

/**
 * The language of the page: Vietnamese by default, English on request. {@code ?lang=en} (or {@code vi})
 * switches and is remembered in the cookie {@code ioc-lang}; no HTTP session is needed, so anonymous
 * portal visitors do not create one.
 */
@Named("language")
@RequestScoped
public class LanguageBacking {

    static final String COOKIE = "ioc-lang";
    static final Locale DEFAULT = Locale.forLanguageTag("vi");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve(FacesContext.getCurrentInstance().getExternalContext());
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    /** The page language for this request: ?lang=, else the cookie, else Vietnamese. */
    static Locale resolve(ExternalContext context) {
        String requested = supported(context.getRequestParameterMap().get("lang"));
        if (requested != null) {
            context.addResponseCookie(COOKIE, requested, Map.of("maxAge", 365 * 24 * 3600, "path",
                    context.getRequestContextPath().isEmpty() ? "/" : context.getRequestContextPath(),
                    "httpOnly", true));
            return Locale.forLanguageTag(requested);
        }
        Object cookie = context.getRequestCookieMap().get(COOKIE);
        return cookie instanceof Cookie c ? remembered(c) : DEFAULT;
    }

    /**
     * The language a request without {@code ?lang=} gets: the one remembered in its cookie, else Vietnamese
     * (for code outside Faces, e.g. the public page cache).
     */
    public static Locale remembered(Cookie... cookies) {
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie != null && COOKIE.equals(cookie.getName()) && supported(cookie.getValue()) != null) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return DEFAULT;
    }

    static String supported(String language) {
        return "vi".equals(language) || "en".equals(language) ? language : null;
    }
}
