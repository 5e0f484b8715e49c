package vn.smartcity.ioc.incident.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step of a report category's standard operating procedure (the template new incidents copy). */
@Entity
@Table(name = "sop_step")
public class SopStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sop_step_seq")
    @SequenceGenerator(name = "sop_step_seq", sequenceName = "sop_step_seq", allocationSize = 50)
    private Long id;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text_vi", nullable = false, length = 300)
    private String textVi;

    @Column(name = "text_en", nullable = false, length = 300)
    private String textEn;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    protected SopStep() {
    }

    public SopStep(String categoryCode, int position, String textVi, String textEn, boolean mandatory) {
        this.categoryCode = categoryCode;
        this.position = position;
        this.textVi = textVi;
        this.textEn = textEn;
        this.mandatory = mandatory;
    }

    public Long getId() { return id; }
    public String getCategoryCode() { return categoryCode; }
    public int getPosition() { return position; }
    public String getTextVi() { return textVi; }
    public String getTextEn() { return textEn; }
    public boolean isMandatory() { return mandatory; }
}
