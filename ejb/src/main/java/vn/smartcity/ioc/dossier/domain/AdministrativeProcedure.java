package vn.smartcity.ioc.dossier.domain;

import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * An administrative procedure (thủ tục hành chính) of the province's list: its code in the national database of
 * procedures, names, field, level, the department that handles it, its legal time limit and its fee.
 */
@Entity
@Table(name = "dossier_procedure")
public class AdministrativeProcedure {

    /** Where a procedure is handled. */
    public enum Level { PROVINCE, DISTRICT, COMMUNE }

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 500)
    private String nameVi;

    @Column(name = "name_en", length = 500)
    private String nameEn;

    @Column(name = "field", nullable = false, length = 200)
    private String field;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_level", nullable = false, length = 10)
    private Level level;

    @Column(name = "department_code", nullable = false, length = 40)
    private String departmentCode;

    @Column(name = "limit_amount", nullable = false)
    private int limitAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_unit", nullable = false, length = 14)
    private ProcessingLimit.Unit limitUnit;

    /** Minutes after midnight of the afternoon cut-off, or null. */
    @Column(name = "cut_off_minute")
    private Integer cutOffMinute;

    @Column(name = "fee_vnd")
    private Long feeVnd;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected AdministrativeProcedure() {
    }

    public AdministrativeProcedure(String code, String nameVi, String nameEn, String field, Level level,
                                   String departmentCode, ProcessingLimit limit, Long feeVnd, Instant at) {
        if (code == null || !code.strip().matches("[0-9A-Za-z._-]{1,40}")) {
            throw new Invalid("dossier.procedureCode", String.valueOf(code));
        }
        this.code = code.strip();
        change(nameVi, nameEn, field, level, departmentCode, limit, feeVnd, at);
    }

    public final void change(String nameVi, String nameEn, String field, Level level, String departmentCode,
                             ProcessingLimit limit, Long feeVnd, Instant at) {
        if (nameVi == null || nameVi.isBlank() || nameVi.strip().length() > 500 || nameEn != null && nameEn.strip().length() > 500) {
            throw new Invalid("dossier.procedureName", code);
        }
        if (field == null || field.isBlank() || field.strip().length() > 200) {
            throw new Invalid("dossier.procedureField", code);
        }
        if (level == null || departmentCode == null || departmentCode.isBlank() || limit == null) {
            throw new Invalid("dossier.procedureIncomplete", code);
        }
        if (feeVnd != null && feeVnd < 0) {
            throw new Invalid("dossier.procedureFee", code);
        }
        this.nameVi = nameVi.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
        this.field = field.strip();
        this.level = level;
        this.departmentCode = departmentCode.strip();
        this.limitAmount = limit.amount();
        this.limitUnit = limit.unit();
        this.cutOffMinute = limit.afternoonCutOff() == null ? null : limit.afternoonCutOff().toSecondOfDay() / 60;
        this.feeVnd = feeVnd;
        this.updatedAt = at;
    }

    public ProcessingLimit limit() {
        return new ProcessingLimit(limitAmount, limitUnit,
                cutOffMinute == null ? null : LocalTime.of(cutOffMinute / 60, cutOffMinute % 60));
    }

    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public String getField() { return field; }
    public Level getLevel() { return level; }
    public String getDepartmentCode() { return departmentCode; }
    public int getLimitAmount() { return limitAmount; }
    public ProcessingLimit.Unit getLimitUnit() { return limitUnit; }
    public Integer getCutOffMinute() { return cutOffMinute; }
    public Long getFeeVnd() { return feeVnd; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getVersion() { return version; }
}
