package vn.smartcity.ioc.report.application;

/** A photo to send to a browser: its checked type, its bytes and their SHA-256 (the ETag). */
public record PhotoContent(String contentType, byte[] bytes, String sha256) {
}
