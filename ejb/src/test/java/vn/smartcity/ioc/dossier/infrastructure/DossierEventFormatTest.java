package vn.smartcity.ioc.dossier.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import vn.smartcity.ioc.dossier.application.DossierEventLine;
import vn.smartcity.ioc.dossier.domain.Channel;
import vn.smartcity.ioc.dossier.domain.DossierEvent;
import vn.smartcity.ioc.shared.domain.Invalid;

/** The wire format of dossier events: both time forms, both channel forms, CSV quoting, and clear refusals. */
class DossierEventFormatTest {

    @Test
    void aJsonLineIsAnEvent() {
        DossierEventLine l = DossierEventFormat.fromJson("""
                {"event_id":"E-1","dossier":"H30.99-261208-0001","kind":"received","at":"20261208081500",
                 "procedure":"1.004227","channel":2,"unit":"TTPVHCC","rating":"5"}""", 7);
        assertEquals(7, l.line());
        assertEquals(DossierEvent.Kind.RECEIVED, l.kind());
        assertEquals(Instant.parse("2026-12-08T01:15:00Z"), l.at(), "the national portal's time is Vietnam's");
        assertEquals(Channel.ONLINE, l.channel());
        assertEquals(5, l.rating());
        assertNull(l.departmentCode());
        assertEquals(Instant.parse("2026-12-08T01:15:00Z"),
                DossierEventFormat.fromJson("{\"event_id\":\"E-2\",\"dossier\":\"D\",\"kind\":\"RESUMED\",\"at\":\"2026-12-08T08:15:00+07:00\"}", 1).at());
    }

    @Test
    void aCsvRecordKeepsAQuotedSeparator() {
        List<CSVRecord> records = DossierEventFormat.csvRecords(DossierEventFormat.CSV_HEADER + "\n"
                + "E-3;D-1;REFUSED;2026-12-09T10:00:00+07:00;;;SXD;;\"Thiếu giấy tờ; hồ sơ không hợp lệ\";\n");
        assertTrue(DossierEventFormat.isHeader(records.get(0)));
        DossierEventLine l = DossierEventFormat.fromCsv(records.get(1), 2);
        assertEquals("Thiếu giấy tờ; hồ sơ không hợp lệ", l.note());
        assertEquals("SXD", l.unit());
        assertNull(l.channel());
    }

    @Test
    void whatIsNotAnEventIsRefusedWithTheReasonInBothLanguages() {
        Invalid kind = assertThrows(Invalid.class, () -> DossierEventFormat.fromJson(
                "{\"event_id\":\"E\",\"dossier\":\"D\",\"kind\":\"LOST\",\"at\":\"2026-12-08T08:15:00+07:00\"}", 1));
        assertTrue(kind.getMessage().startsWith("kind \"LOST\" is not one of"), kind.getMessage());
        assertTrue(kind.explanation().in(Locale.forLanguageTag("vi")).startsWith("kind \"LOST\" không phải là một trong"));
        assertThrows(Invalid.class, () -> DossierEventFormat.fromJson("{\"event_id\":", 1));
        assertThrows(Invalid.class, () -> DossierEventFormat.fromJson("[1]", 1));
        Invalid noProcedure = assertThrows(Invalid.class, () -> DossierEventFormat.fromJson(
                "{\"event_id\":\"E\",\"dossier\":\"D\",\"kind\":\"RECEIVED\",\"at\":\"2026-12-08T08:15:00+07:00\"}", 1));
        assertTrue(noProcedure.getMessage().contains("names its procedure"));
        assertThrows(Invalid.class, () -> DossierEventFormat.fromJson(
                "{\"event_id\":\"E\",\"dossier\":\"D\",\"kind\":\"RESUMED\",\"at\":\"2026-12-08 08:15\"}", 1), "no offset");
        assertThrows(Invalid.class, () -> DossierEventFormat.fromJson(
                "{\"event_id\":\"E\",\"dossier\":\"D\",\"kind\":\"RESUMED\",\"at\":\"2026-12-08T08:15:00+07:00\",\"colour\":\"red\"}", 1));
        assertThrows(Invalid.class, () -> DossierEventFormat.fromJson(
                "{\"event_id\":\"E 1\",\"dossier\":\"D\",\"kind\":\"RESUMED\",\"at\":\"2026-12-08T08:15:00+07:00\"}", 1), "a space in the id");
        assertThrows(Invalid.class, () -> DossierEventFormat.fromJson(
                "{\"event_id\":\"E\",\"dossier\":\"D\",\"kind\":\"RETURNED\",\"at\":\"2026-12-08T08:15:00+07:00\",\"rating\":9}", 1));
        assertThrows(Invalid.class, () -> DossierEventFormat.fromJson(
                "{\"event_id\":\"E\",\"dossier\":\"D\",\"kind\":\"RECEIVED\",\"procedure\":\"P\",\"channel\":\"fax\",\"at\":\"2026-12-08T08:15:00+07:00\"}", 1));
        List<CSVRecord> short_ = DossierEventFormat.csvRecords("E;D;RESUMED\n");
        assertThrows(Invalid.class, () -> DossierEventFormat.fromCsv(short_.get(0), 1));
    }
}
