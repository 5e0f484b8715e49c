package vn.smartcity.ioc.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The portal map: {@code IOC_MAP_TILE_URL} (e.g. {@code https://tiles.example.gov.vn/{z}/{x}/{y}.png}) and
 * {@code IOC_MAP_ATTRIBUTION}. Without a tile server the map shows a plain background with the province's
 * outline box, the ward centres and the report markers. The map is centred on Lai Châu's wards.
 */
@Named("mapSettings")
@ApplicationScoped
public class MapSettings {

    private final String tileUrl = System.getenv().getOrDefault("IOC_MAP_TILE_URL", "");
    private final String attribution = System.getenv().getOrDefault("IOC_MAP_ATTRIBUTION", "");

    public String getTileUrl() {
        return tileUrl;
    }

    public String getAttribution() {
        return attribution;
    }

    /** The tile server's origin, for the Content-Security-Policy; empty without one. */
    public String getTileOrigin() {
        if (tileUrl.isBlank()) {
            return "";
        }
        int slash = tileUrl.indexOf('/', tileUrl.indexOf("//") + 2);
        String origin = slash < 0 ? tileUrl : tileUrl.substring(0, slash);
        return origin.replace("{s}.", "*.");
    }
}
