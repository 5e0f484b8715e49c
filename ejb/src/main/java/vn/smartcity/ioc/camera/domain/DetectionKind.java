package vn.smartcity.ioc.camera.domain;

/**
 * What a detection event says: an object seen (person, car, fire, ...), a review item (Frigate's grouping of
 * objects into an alert or a detection), or a change of the camera's own status (online, offline, tampered).
 */
public enum DetectionKind { OBJECT, REVIEW, CAMERA_STATUS, SNAPSHOT }
