package vn.smartcity.ioc.web.shared;

import java.util.Locale;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Every view starts in the language {@link LanguageBacking} chooses (Vietnamese unless the visitor asked for
 * English), not in the browser's Accept-Language: so messages added before rendering (view actions, actions)
 * are in the page's language too.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return LanguageBacking.resolve(context.getExternalContext());
    }
}
