package vn.smartcity.ioc.report.domain;

/** Checks an uploaded file is really a photo and re-encodes it without metadata. */
public interface PhotoCleaner {

    /** Why an upload is not accepted as a photo. */
    enum Rejection { NOT_AN_IMAGE, TOO_LARGE, TOO_MANY_PIXELS, UNREADABLE }

    /** Thrown for an upload that is not an acceptable photo. */
    final class RejectedPhoto extends Exception {
        private final Rejection reason;

        public RejectedPhoto(Rejection reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Rejection reason() {
            return reason;
        }
    }

    CleanImage clean(byte[] upload) throws RejectedPhoto;
}
