package vn.smartcity.ioc.shared.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex: content hashes of photos and evidence, fingerprints of API keys. */
public final class Sha256 {

    private Sha256() {
    }

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e); // a defect, not a refusal
        }
    }

    public static String of(String text) {
        return of((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
    }
}
