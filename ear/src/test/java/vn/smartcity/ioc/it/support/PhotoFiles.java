package vn.smartcity.ioc.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The photo fixtures of src/test/resources/photos (made by the ejb module's PhotoFixtures). */
public final class PhotoFiles {

    private PhotoFiles() {
    }

    public static byte[] read(String name) {
        try (InputStream in = PhotoFiles.class.getResourceAsStream("/photos/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture photos/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Http.Upload jpeg(String field, String name) {
        return new Http.Upload(field, name, "image/jpeg", read(name));
    }
}
