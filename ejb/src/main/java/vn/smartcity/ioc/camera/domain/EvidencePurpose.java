package vn.smartcity.ioc.camera.domain;

/** Why evidence is kept, which decides how long (the camera's retention days per purpose). */
public enum EvidencePurpose { SECURITY, TRAFFIC }
