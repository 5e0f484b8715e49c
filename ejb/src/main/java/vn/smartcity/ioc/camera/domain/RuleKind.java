package vn.smartcity.ioc.camera.domain;

/**
 * How a rule decides (V12): an object is there (PRESENCE), the same tracked object stayed at least the rule's
 * duration (DWELL: loitering, a vehicle stopped where it must not), at least the rule's count of distinct objects
 * within the last minute (CROWD), or a camera reports one of the rule's statuses (CAMERA_STATUS).
 */
public enum RuleKind { PRESENCE, DWELL, CROWD, CAMERA_STATUS }
