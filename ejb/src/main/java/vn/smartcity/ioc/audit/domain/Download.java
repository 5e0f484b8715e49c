package vn.smartcity.ioc.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An export a staff member downloaded: who, what (the export's name), in which format, with what, how many rows, when. */
@Entity
@Table(name = "download_log")
public class Download {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "download_log_seq")
    @SequenceGenerator(name = "download_log_seq", sequenceName = "download_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, length = 100, updatable = false)
    private String username;

    @Column(name = "what", nullable = false, length = 60, updatable = false)
    private String what;

    @Column(name = "file_format", nullable = false, length = 8, updatable = false)
    private String format;

    @Column(name = "parameters", length = 500, updatable = false)
    private String parameters;

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rows;

    @Column(name = "downloaded_at", nullable = false, updatable = false)
    private Instant at;

    protected Download() {
    }

    public Download(String username, String what, String format, String parameters, int rows, Instant at) {
        this.username = username;
        this.what = what;
        this.format = format;
        this.parameters = parameters == null || parameters.length() <= 500 ? parameters : parameters.substring(0, 500);
        this.rows = rows;
        this.at = at;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getWhat() { return what; }
    public String getFormat() { return format; }
    public String getParameters() { return parameters; }
    public int getRows() { return rows; }
    public Instant getAt() { return at; }
}
