package vn.smartcity.ioc.lighting.application;

import vn.smartcity.ioc.lighting.domain.LightingFault;

/** Says a new lighting fault on the consoles' live feed (in the transaction that opened it: sent when it commits). */
public interface LightingAlertPublisher {

    /** @param department the department that maintains the lighting where the fault is */
    void faultOpened(LightingFault fault, String department);
}
