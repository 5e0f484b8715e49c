package vn.smartcity.ioc.camera.domain;

import java.util.Locale;
import java.util.Optional;

/** A camera's health as the IOC knows it: from its events (last seen) and from status events. */
public enum CameraStatus {
    UNKNOWN, ONLINE, OFFLINE, TAMPERED;

    /** The status named in a status event ("online", "offline", "tampered"), or empty. */
    public static Optional<CameraStatus> reported(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "online" -> Optional.of(ONLINE);
            case "offline" -> Optional.of(OFFLINE);
            case "tampered" -> Optional.of(TAMPERED);
            default -> Optional.empty();
        };
    }
}
