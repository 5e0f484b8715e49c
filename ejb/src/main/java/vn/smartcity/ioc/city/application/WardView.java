package vn.smartcity.ioc.city.application;

import vn.smartcity.ioc.city.domain.Ward;
import vn.smartcity.ioc.city.domain.WardKind;

/** A ward or commune as shown to consoles, the portal and the API. */
public record WardView(String code, String name, WardKind kind, Double latitude, Double longitude) {

    static WardView of(Ward ward) {
        return new WardView(ward.getCode(), ward.getName(), ward.getKind(), ward.getLatitude(), ward.getLongitude());
    }
}
