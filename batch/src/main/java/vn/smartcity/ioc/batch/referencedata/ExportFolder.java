package vn.smartcity.ioc.batch.referencedata;

import java.nio.file.Path;

/** Where exports go: the job parameter, else IOC_DATA_DIR/exports, else the server's data folder. */
public final class ExportFolder {

    private ExportFolder() {
    }

    public static Path resolve(String parameter) {
        if (parameter != null && !parameter.isBlank()) {
            return Path.of(parameter);
        }
        String dataDir = System.getenv("IOC_DATA_DIR");
        if (dataDir != null && !dataDir.isBlank()) {
            return Path.of(dataDir, "exports");
        }
        return Path.of(System.getProperty("jboss.server.data.dir", "."), "ioc", "exports");
    }
}
