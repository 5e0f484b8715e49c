package vn.smartcity.ioc.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import vn.smartcity.ioc.shared.domain.Text;

/**
 * A stored note in the page's language ({@code #{notes.read(v.reviewNote)}}): a sentence the IOC wrote (kept as
 * {@link Text#stored()}: "plate not in the registry", a skip reason) is said in the reader's language; what a
 * person wrote is shown as written.
 */
@Named("notes")
@ApplicationScoped
public class NotesBacking {

    public String read(String column) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Text.read(column, faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale());
        return text == null ? "" : text;
    }
}
