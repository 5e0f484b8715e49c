package vn.smartcity.ioc.batch.dossier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.smartcity.ioc.dossier.application.DossierImports;
import vn.smartcity.ioc.dossier.infrastructure.DossierEventFormat;
import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * Reads the file named by the job parameter {@code file} from the import folder, one event a line (JSON lines) or
 * a record (CSV under its header). The checkpoint is the number of lines (records) read, so a restart goes on
 * after the last committed chunk; blank lines are skipped.
 */
@Named
@Dependent
public class DossierEventReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String file;

    private BufferedReader reader;
    private CSVParser csv;
    private Iterator<CSVRecord> records;
    private int position;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        Path path = DossierImports.file(file);
        reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        int skip = checkpoint == null ? 0 : (Integer) checkpoint;
        if (path.getFileName().toString().endsWith(".csv")) {
            csv = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true).get());
            records = csv.iterator();
            if (!records.hasNext() || !DossierEventFormat.isHeader(records.next())) {
                throw new Invalid("dossier.import.header", DossierEventFormat.CSV_HEADER);
            }
            position = 1;
            while (position < skip && records.hasNext()) {
                records.next();
                position++;
            }
        } else {
            while (position < skip && reader.readLine() != null) {
                position++;
            }
        }
    }

    @Override
    public Object readItem() throws IOException {
        if (records != null) {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            position++;
            return new RawEvent(position, null, record);
        }
        String text;
        do {
            text = reader.readLine();
            if (text == null) {
                return null;
            }
            position++;
        } while (text.isBlank());
        return new RawEvent(position, text, null);
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
        if (reader != null) {
            reader.close();
        }
    }
}
