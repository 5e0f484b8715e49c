package vn.smartcity.ioc.batch.referencedata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Appends the lines of each chunk to reference-data-&lt;execution id&gt;.csv. The checkpoint is the file length
 * after the last committed chunk: a restart truncates what an interrupted chunk wrote and goes on from there.
 */
@Named
@Dependent
public class CsvReferenceDataWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String outputDir;

    private Path file;
    private long committedLength;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        Path dir = ExportFolder.resolve(outputDir);
        Files.createDirectories(dir);
        file = dir.resolve("reference-data-" + job.getInstanceId() + ".csv");
        if (checkpoint == null) {
            Files.writeString(file, ReferenceDataLine.HEADER + "\n", StandardCharsets.UTF_8);
        } else {
            try (var channel = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
                channel.truncate((Long) checkpoint);
            }
        }
        committedLength = Files.size(file);
    }

    @Override
    public void writeItems(List<Object> items) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            for (Object item : items) {
                out.write(((ReferenceDataLine) item).toCsv());
                out.write('\n');
            }
        }
        committedLength = Files.size(file);
    }

    @Override
    public Serializable checkpointInfo() {
        return committedLength;
    }
}
