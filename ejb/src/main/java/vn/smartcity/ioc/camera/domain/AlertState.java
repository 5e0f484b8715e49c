package vn.smartcity.ioc.camera.domain;

/** An alert from new to handled: acknowledged (being watched), dismissed as a false positive, or escalated. */
public enum AlertState { NEW, ACKNOWLEDGED, DISMISSED, ESCALATED }
