package vn.smartcity.ioc.worker.config;

import java.util.List;

/**
 * One camera the worker watches.
 *
 * @param code            the camera's code in the IOC registry (LC-TP-001)
 * @param stream          RTSP, HTTP(S) or file URL, or a file path
 * @param analysisFps     frames analysed per second (the stream is decoded at its own rate); 0: every frame
 * @param analysisWidth   width in pixels of the picture the motion detector works on (height keeps the ratio)
 * @param minArea         smallest moving blob, as a fraction of the picture's area
 * @param labels          label by blob size: the first whose {@code maxArea} is above the blob's area
 * @param updateSeconds   while an object stays in a zone, an update event every this many seconds
 * @param offlineSeconds  no frame for this long: the camera is reported offline (and the stream re-opened)
 * @param realtime        a file source is paced at its frame rate (as a camera would deliver it)
 * @param speedLimitKmh   above it, a speed measured by a speed trap is a {@code speeding} violation
 * @param geometry        zones, lines, lanes, signal; null in the file: from the IOC's registry when the worker has
 *                        a {@code registryUrl}, otherwise none
 */
public record CameraConfig(String code, String stream, Double analysisFps, Integer analysisWidth, Double minArea,
                           List<SizeLabel> labels, Double updateSeconds, Double offlineSeconds, Boolean realtime,
                           Integer speedLimitKmh, Geometry geometry,
                           @com.fasterxml.jackson.annotation.JsonIgnore Boolean fromFile) {

    /** As read from the file: {@code fromFile} tells whether the file gave the geometry. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public CameraConfig(@com.fasterxml.jackson.annotation.JsonProperty("code") String code,
                        @com.fasterxml.jackson.annotation.JsonProperty("stream") String stream,
                        @com.fasterxml.jackson.annotation.JsonProperty("analysisFps") Double analysisFps,
                        @com.fasterxml.jackson.annotation.JsonProperty("analysisWidth") Integer analysisWidth,
                        @com.fasterxml.jackson.annotation.JsonProperty("minArea") Double minArea,
                        @com.fasterxml.jackson.annotation.JsonProperty("labels") List<SizeLabel> labels,
                        @com.fasterxml.jackson.annotation.JsonProperty("updateSeconds") Double updateSeconds,
                        @com.fasterxml.jackson.annotation.JsonProperty("offlineSeconds") Double offlineSeconds,
                        @com.fasterxml.jackson.annotation.JsonProperty("realtime") Boolean realtime,
                        @com.fasterxml.jackson.annotation.JsonProperty("speedLimitKmh") Integer speedLimitKmh,
                        @com.fasterxml.jackson.annotation.JsonProperty("geometry") Geometry geometry) {
        this(code, stream, analysisFps, analysisWidth, minArea, labels, updateSeconds, offlineSeconds, realtime,
                speedLimitKmh, geometry, geometry != null);
    }

    /** This camera with the geometry and speed limit the registry filled in. */
    public CameraConfig completed(Geometry drawn, Integer limit) {
        return new CameraConfig(code, stream, analysisFps, analysisWidth, minArea, labels, updateSeconds,
                offlineSeconds, realtime, limit, drawn, fromFile);
    }

    public CameraConfig {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("camera: code is required");
        }
        if (stream == null || stream.isBlank()) {
            throw new IllegalArgumentException("camera " + code + ": stream is required");
        }
        analysisFps = analysisFps == null ? 0.0 : analysisFps;
        analysisWidth = analysisWidth == null ? 320 : analysisWidth;
        minArea = minArea == null ? 0.0015 : minArea;
        labels = labels == null || labels.isEmpty() ? List.of(new SizeLabel(null, "object")) : List.copyOf(labels);
        updateSeconds = updateSeconds == null ? 5.0 : updateSeconds;
        offlineSeconds = offlineSeconds == null ? 20.0 : offlineSeconds;
        realtime = realtime == null ? Boolean.FALSE : realtime;
        fromFile = fromFile != null && fromFile;
        geometry = geometry == null ? Geometry.empty() : geometry;
        if (analysisWidth < 64 || analysisWidth > 1920) {
            throw new IllegalArgumentException("camera " + code + ": analysisWidth must be 64 to 1920");
        }
    }

    /** Blobs up to {@code maxArea} (fraction of the picture; null: any size) get {@code label}. */
    public record SizeLabel(Double maxArea, String label) {
    }

    public String labelFor(double area) {
        for (SizeLabel l : labels) {
            if (l.maxArea() == null || area <= l.maxArea()) {
                return l.label();
            }
        }
        return labels.get(labels.size() - 1).label();
    }
}
