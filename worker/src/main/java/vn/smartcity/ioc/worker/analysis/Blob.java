package vn.smartcity.ioc.worker.analysis;

/** A moving region of one analysed frame: its centre and box in normalised coordinates, its area fraction. */
public record Blob(double cx, double cy, double x, double y, double w, double h, double area) {
}
