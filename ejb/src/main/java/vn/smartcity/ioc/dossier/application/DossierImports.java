package vn.smartcity.ioc.dossier.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.dossier.domain.ImportProblem;
import vn.smartcity.ioc.shared.domain.Invalid;
import vn.smartcity.ioc.shared.domain.Text;

/**
 * The dossier-import job's side of the application: the folder it reads, an upload saved into it, a chunk of
 * events taken leniently (bad ones kept as problems with their reasons), and the problems of an execution.
 */
@ApplicationScoped
public class DossierImports {

    /** An upload at most this big (about 1.5 million events of JSON). */
    public static final long MAX_UPLOAD_BYTES = 512L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @Inject
    DossierIngest ingest;

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Where the files to import are: IOC_DATA_DIR/imports/dossiers, else the server's data folder
     * ({@code <jboss.server.data.dir>/ioc/imports/dossiers}). A job names a file in it, never a path elsewhere.
     */
    public static Path folder() {
        String dataDir = System.getenv("IOC_DATA_DIR");
        Path base = dataDir != null && !dataDir.isBlank() ? Path.of(dataDir)
                : Path.of(System.getProperty("jboss.server.data.dir", "."), "ioc");
        return base.resolve("imports").resolve("dossiers");
    }

    /** The file {@code name} of the import folder; refuses a name that would leave it or is not .csv / .jsonl. */
    public static Path file(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.(csv|jsonl|ndjson|json)")) {
            throw new Invalid("dossier.import.fileName", String.valueOf(name));
        }
        Path file = folder().resolve(name).normalize();
        if (!file.getParent().equals(folder().normalize()) || !Files.isRegularFile(file)) {
            throw new Invalid("dossier.import.noFile", name);
        }
        return file;
    }

    /** Saves an upload in the import folder under a new name (a stamp and the original's extension). */
    public String saveUpload(String originalName, byte[] content) {
        String lower = originalName == null ? "" : originalName.toLowerCase(java.util.Locale.ROOT);
        String extension = lower.endsWith(".csv") ? "csv" : lower.endsWith(".jsonl") || lower.endsWith(".ndjson")
                || lower.endsWith(".json") ? "jsonl" : null;
        if (extension == null) {
            throw new Invalid("dossier.import.fileKind");
        }
        if (content.length == 0 || content.length > MAX_UPLOAD_BYTES) {
            throw new Invalid("dossier.import.fileSize", MAX_UPLOAD_BYTES / 1024 / 1024);
        }
        String name = "upload-" + STAMP.format(clock.instant()) + "-" + Long.toHexString(System.nanoTime()) + "." + extension;
        try {
            Files.createDirectories(folder());
            Files.write(folder().resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    /** A chunk of the job: the good events stored, the bad ones recorded with their reasons. */
    public DossierIngest.Outcome write(List<DossierEventLine> lines, long executionId) {
        DossierIngest.Outcome outcome = ingest.lenient(lines);
        Instant now = clock.instant();
        for (DossierIngest.Problem p : outcome.problems()) {
            em.persist(new ImportProblem(executionId, p.line(), p.eventId(), p.reason(), now));
        }
        return outcome;
    }

    /** A line the job could not read as an event (the processor's skip). */
    public void skipped(long executionId, int line, Text reason) {
        em.persist(new ImportProblem(executionId, line, null, reason, clock.instant()));
    }

    public List<ImportProblem> problems(long executionId, int limit) {
        return em.createQuery("select p from ImportProblem p where p.jobExecutionId = :e order by p.line, p.id", ImportProblem.class)
                .setParameter("e", executionId).setMaxResults(limit).getResultList();
    }

    public long problemCount(long executionId) {
        return em.createQuery("select count(p) from ImportProblem p where p.jobExecutionId = :e", Long.class)
                .setParameter("e", executionId).getSingleResult();
    }
}
