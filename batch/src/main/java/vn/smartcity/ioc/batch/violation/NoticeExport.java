package vn.smartcity.ioc.batch.violation;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import vn.smartcity.ioc.batch.referencedata.ExportFolder;
import vn.smartcity.ioc.violation.domain.PenaltyNotice;
import vn.smartcity.ioc.violation.domain.Violation;
import vn.smartcity.ioc.violation.domain.ViolationRepository;

/**
 * notice-issuing, second step: the export of the job's notices for the traffic police system, as
 * {@code penalty-notices-<job instance>.csv} (UTF-8, ';', a header line) and {@code .xml} (namespace
 * {@value #NS}, schema penalty-notices-1.xsd, docs/batch.md). Written to a temporary file and moved into place,
 * so a reader never sees half a file; a restarted job writes both again with all the instance's notices.
 */
@Named
@Dependent
public class NoticeExport extends AbstractBatchlet {

    public static final String NS = "urn:vn:laichau:ioc:penalty-notices:1";

    @Inject
    ViolationRepository repository;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String outputDir;

    @Override
    public String process() throws Exception {
        List<PenaltyNotice> notices = repository.noticesOfJob(job.getInstanceId());
        Path dir = ExportFolder.resolve(outputDir);
        Files.createDirectories(dir);
        String base = "penalty-notices-" + job.getInstanceId();
        Path csvTmp = dir.resolve(base + ".csv.tmp");
        try (BufferedWriter w = Files.newBufferedWriter(csvTmp, StandardCharsets.UTF_8)) {
            w.write("number;violation_id;plate;vehicle_class;violation;observed_at;place;camera;fine_min;fine_max;"
                    + "points;legal_basis;owner_name;owner_address;issued_at;pdf_sha256\n");
            for (PenaltyNotice n : notices) {
                Violation v = repository.violation(n.getViolationId()).orElseThrow();
                w.write(String.join(";", n.getNumber(), v.getId().toString(), v.getPlate(), str(v.getVehicleClass()),
                        v.getKind().name(), v.getObservedAt().toString(), csv(v.getPlace()), v.getCameraCode(),
                        str(v.getFineMin()), str(v.getFineMax()), str(v.getPoints()), csv(v.getLegalBasis()),
                        csv(v.getOwnerName()), csv(v.getOwnerAddress()), n.getIssuedAt().toString(), n.getPdfSha256()));
                w.write('\n');
            }
        }
        Path xmlTmp = dir.resolve(base + ".xml.tmp");
        try (OutputStream out = Files.newOutputStream(xmlTmp)) {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("penaltyNotices");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("jobInstance", Long.toString(job.getInstanceId()));
            x.writeAttribute("generatedAt", Instant.now().toString());
            x.writeAttribute("count", Integer.toString(notices.size()));
            for (PenaltyNotice n : notices) {
                Violation v = repository.violation(n.getViolationId()).orElseThrow();
                x.writeStartElement("notice");
                x.writeAttribute("number", n.getNumber());
                element(x, "violationId", v.getId().toString());
                element(x, "plate", v.getPlate());
                if (v.getVehicleClass() != null) {
                    element(x, "vehicleClass", v.getVehicleClass().name());
                }
                element(x, "violation", v.getKind().name());
                element(x, "observedAt", v.getObservedAt().toString());
                if (v.getPlace() != null) {
                    element(x, "place", v.getPlace());
                }
                element(x, "camera", v.getCameraCode());
                if (v.getSpeedKmh() != null && v.getLimitKmh() != null) {
                    x.writeEmptyElement("speed");
                    x.writeAttribute("kmh", v.getSpeedKmh().toString());
                    x.writeAttribute("limitKmh", v.getLimitKmh().toString());
                }
                if (v.getFineMin() != null && v.getFineMax() != null) {
                    x.writeEmptyElement("fine");
                    x.writeAttribute("min", v.getFineMin().toString());
                    x.writeAttribute("max", v.getFineMax().toString());
                    x.writeAttribute("currency", "VND");
                }
                if (v.getPoints() != null) {
                    element(x, "licencePoints", v.getPoints().toString());
                }
                if (v.getLegalBasis() != null) {
                    element(x, "legalBasis", v.getLegalBasis());
                }
                if (v.getOwnerName() != null) {
                    x.writeStartElement("owner");
                    element(x, "name", v.getOwnerName());
                    if (v.getOwnerAddress() != null) {
                        element(x, "address", v.getOwnerAddress());
                    }
                    x.writeEndElement();
                }
                element(x, "issuedAt", n.getIssuedAt().toString());
                element(x, "pdfSha256", n.getPdfSha256());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        }
        Files.move(csvTmp, dir.resolve(base + ".csv"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(xmlTmp, dir.resolve(base + ".xml"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return "EXPORTED " + notices.size();
    }

    private static void element(XMLStreamWriter x, String name, String value) throws Exception {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** A CSV field: ';', quotes and line breaks inside are quoted. */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
