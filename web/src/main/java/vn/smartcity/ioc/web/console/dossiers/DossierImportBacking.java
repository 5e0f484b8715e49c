package vn.smartcity.ioc.web.console.dossiers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.batch.operations.BatchRuntimeException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import vn.smartcity.ioc.batch.dossier.DossierJobs;
import vn.smartcity.ioc.dossier.application.DossierImports;
import vn.smartcity.ioc.dossier.application.DossierProcedures;
import vn.smartcity.ioc.dossier.application.DossierRefused;
import vn.smartcity.ioc.web.shared.Messages;

/**
 * /console/dossiers/import.xhtml (administrators): the list of procedures from CSV (all lines or none); a file of
 * dossier events imported by the dossier-import job (upload, or a file already in the import folder); the
 * executions with their progress, stop and restart; the lines an execution skipped with their reasons. View-scoped,
 * with the executions kept as shown: a Stop or Restart button names the execution of its row, whatever started
 * meanwhile.
 */
@Named("dossierImport")
@ViewScoped
public class DossierImportBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The console's multipart limit is about 27 MB (web.xml); larger files go to the import folder. */
    static final int MAX_FILE = 27 * 1024 * 1024;

    @Inject
    DossierJobs jobs;

    @Inject
    DossierProcedures procedures;

    @Inject
    DossierImports imports;

    private transient Part file;
    private String folderFile;
    private long execution;
    private List<DossierJobs.ExecutionView> executions;

    public void importProcedures() {
        try {
            Messages.info("dossiers.proceduresImported", Integer.toString(procedures.importCsv(new String(bytes(), StandardCharsets.UTF_8))));
        } catch (DossierRefused e) {
            Messages.refused("dossiers.proceduresRefused", e);
        }
    }

    public void importEvents() {
        try {
            String name = file == null ? null : file.getSubmittedFileName();
            long id = jobs.importUpload(name, bytes());
            Messages.info("dossiers.importStarted", "#" + id);
            execution = id;
        } catch (DossierRefused e) {
            Messages.refused("dossiers.importRefused", e);
        }
        executions = null;
    }

    public void importFolderFile() {
        try {
            long id = jobs.start(folderFile == null ? null : folderFile.strip());
            Messages.info("dossiers.importStarted", "#" + id);
            execution = id;
        } catch (DossierRefused e) {
            Messages.refused("dossiers.importRefused", e);
        }
        executions = null;
    }

    public void stop(long id) {
        try {
            jobs.stop(id);
            Messages.info("dossiers.stopping", "#" + id);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof BatchRuntimeException)) {
                throw e;
            }
            Messages.refused("dossiers.importRefused", e);
        }
        executions = null;
    }

    public void restart(long id) {
        try {
            Messages.info("dossiers.restarted", "#" + id + " → #" + jobs.restart(id));
        } catch (DossierRefused e) {
            Messages.refused("dossiers.importRefused", e);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof BatchRuntimeException)) {
                throw e;
            }
            Messages.refused("dossiers.importRefused", e);
        }
        executions = null;
    }

    private byte[] bytes() {
        if (file == null || file.getSize() == 0) {
            return new byte[0];
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(MAX_FILE);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    public List<DossierJobs.ExecutionView> getExecutions() {
        if (executions == null) {
            executions = jobs.executions();
        }
        return executions;
    }

    /** A skipped line as the page shows it. */
    public record Problem(int line, String eventId, String reason) implements java.io.Serializable {
    }

    /** The problems of the execution asked for ({@code ?execution=}), else of the latest one. */
    public List<Problem> getProblems() {
        long id = execution;
        if (id == 0 && !getExecutions().isEmpty()) {
            id = getExecutions().get(0).id();
        }
        return id == 0 ? List.of() : imports.problems(id, 200).stream()
                .map(p -> new Problem(p.getLine(), p.getEventId(), p.getReason())).toList();
    }

    public long getShownExecution() {
        return execution != 0 ? execution : getExecutions().isEmpty() ? 0 : getExecutions().get(0).id();
    }

    /** A procedure as the page lists it. */
    public record Procedure(String code, String nameVi, String departmentCode, int limitAmount, String limitUnit)
            implements java.io.Serializable {
    }

    public List<Procedure> getProcedures() {
        return procedures.all().stream().map(p -> new Procedure(p.getCode(), p.getNameVi(), p.getDepartmentCode(),
                p.getLimitAmount(), p.getLimitUnit().name())).toList();
    }

    public String getFolder() {
        return DossierImports.folder().toString();
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getFolderFile() { return folderFile; }
    public void setFolderFile(String folderFile) { this.folderFile = folderFile; }
    public long getExecution() { return execution; }
    public void setExecution(long execution) { this.execution = execution; }
}
