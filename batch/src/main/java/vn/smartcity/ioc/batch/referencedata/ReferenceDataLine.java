package vn.smartcity.ioc.batch.referencedata;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One line of the reference-data export. */
public record ReferenceDataLine(String kind, String code, String nameVi, String nameEn, String parentCode,
                                Integer slaHours) {

    /** The CSV form: ';'-separated, fields with ';', '"' or a line break quoted. */
    public String toCsv() {
        return Stream.of(kind, code, nameVi, nameEn, parentCode, slaHours == null ? null : slaHours.toString())
                .map(ReferenceDataLine::field)
                .collect(Collectors.joining(";"));
    }

    static final String HEADER = "kind;code;name_vi;name_en;parent_code;sla_hours";

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
