package vn.smartcity.ioc.camera.domain;

/** What a camera watches: public security and order, traffic flow and violations, or number plates (ANPR). */
public enum CameraKind { SECURITY, TRAFFIC, ANPR }
