package vn.smartcity.ioc.batch.dossier;

import org.apache.commons.csv.CSVRecord;

/** A line of the file before it is read as an event: its number and its JSON text or CSV record. */
record RawEvent(int line, String json, CSVRecord csv) {
}
