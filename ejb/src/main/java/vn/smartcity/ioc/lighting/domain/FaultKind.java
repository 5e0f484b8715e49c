package vn.smartcity.ioc.lighting.domain;

/**
 * The faults telemetry reveals: reported by the lamp monitor (lamp, dimming, supply), seen against the computed
 * program (a lamp on in daytime, off at night), or against the rating (abnormal power); a cabinet's supply loss.
 */
public enum FaultKind {
    LAMP_FAILURE, DIMMING_FAILURE, SUPPLY_LOSS, ON_IN_DAYTIME, OFF_AT_NIGHT, ABNORMAL_POWER, CABINET_SUPPLY_LOSS
}
