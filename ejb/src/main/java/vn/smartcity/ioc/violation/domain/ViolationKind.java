package vn.smartcity.ioc.violation.domain;

/** The violations a camera catches. */
public enum ViolationKind {
    RED_LIGHT, SPEEDING, WRONG_WAY, WRONG_LANE, NO_HELMET, ILLEGAL_STOP, ILLEGAL_PARKING
}
