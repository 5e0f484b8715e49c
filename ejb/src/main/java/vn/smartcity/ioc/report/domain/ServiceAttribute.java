package vn.smartcity.ioc.report.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.smartcity.ioc.shared.domain.Invalid;

/**
 * An extra question of a report category: the Open311 GeoReport v2 "attribute" of a service definition
 * (e.g. how deep the flood water is). {@code variable} false: information shown to the citizen, not a question.
 * The choices of the list types are kept in order. Administrators change them on the console; the code of a
 * question never changes once it is made (stored answers name it).
 */
@Entity
@Table(name = "service_attribute")
@NamedQuery(name = "ServiceAttribute.all",
        query = "select distinct a from ServiceAttribute a left join fetch a.choices order by a.categoryCode, a.sortOrder")
public class ServiceAttribute {

    /** The spec's datatypes; {@link #wire()} is the word written in the API. */
    public enum Datatype {
        STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean list() {
            return this == SINGLEVALUELIST || this == MULTIVALUELIST;
        }
    }

    /** One choice of a list question: the key sent back, and its name in both languages. */
    @Embeddable
    public static class Choice {
        @Column(name = "value_key", nullable = false, length = 40)
        private String key;
        @Column(name = "name_vi", nullable = false, length = 200)
        private String nameVi;
        @Column(name = "name_en", nullable = false, length = 200)
        private String nameEn;

        protected Choice() {
        }

        public Choice(String key, String nameVi, String nameEn) {
            if (key == null || !KEY.matcher(key).matches()) {
                throw new Invalid("report.choiceKey", key);
            }
            this.key = key;
            this.nameVi = text("choiceVi", key, nameVi, 200, true);
            this.nameEn = text("choiceEn", key, nameEn, 200, true);
        }

        /**
         * Choices written one per line as {@code key | tên tiếng Việt | English name} (the console's form);
         * blank lines are skipped.
         */
        public static List<Choice> lines(String text) {
            List<Choice> choices = new ArrayList<>();
            if (text == null) {
                return choices;
            }
            String[] lines = text.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] parts = lines[i].split("\\|", -1);
                if (parts.length != 3) {
                    throw new Invalid("report.choiceLine", i + 1);
                }
                choices.add(new Choice(parts[0].strip(), parts[1], parts[2]));
            }
            return choices;
        }

        /** This choice as a line of {@link #lines(String)}. */
        public String line() {
            return key + " | " + nameVi + " | " + nameEn;
        }

        public String key() {
            return key;
        }

        public String nameVi() {
            return nameVi;
        }

        public String nameEn() {
            return nameEn;
        }
    }

    /** What a question's code, and a choice's key, may look like: they travel in Open311 form fields. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    public static final int MAX_CHOICES = 50;
    public static final int MAX_ORDER = 999;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_attribute_seq")
    @SequenceGenerator(name = "service_attribute_seq", sequenceName = "service_attribute_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "changed_by", length = 100)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "datatype", nullable = false, length = 20)
    private Datatype datatype;

    @Column(name = "variable", nullable = false)
    private boolean variable;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "description_vi", nullable = false, length = 500)
    private String descriptionVi;

    @Column(name = "description_en", nullable = false, length = 500)
    private String descriptionEn;

    @Column(name = "datatype_description", length = 200)
    private String datatypeDescription;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "service_attribute_value", joinColumns = @JoinColumn(name = "attribute_id"))
    @OrderColumn(name = "position")
    private List<Choice> choices = new ArrayList<>();

    protected ServiceAttribute() {
    }

    public ServiceAttribute(String categoryCode, String code, Datatype datatype, boolean variable, boolean required,
                            int sortOrder, String descriptionVi, String descriptionEn, String datatypeDescription,
                            List<Choice> choices) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new Invalid("report.questionCode", code);
        }
        this.categoryCode = categoryCode;
        this.code = code;
        define(datatype, variable, required, sortOrder, descriptionVi, descriptionEn, datatypeDescription, choices);
    }

    /**
     * Changes everything but the code, checked as a whole: a list question has 1 to {@value #MAX_CHOICES} choices
     * with different keys and other questions have none; information (not {@code variable}) is never required.
     */
    public void change(Datatype datatype, boolean variable, boolean required, int sortOrder, String descriptionVi,
                       String descriptionEn, String datatypeDescription, List<Choice> choices, String by, Instant at) {
        define(datatype, variable, required, sortOrder, descriptionVi, descriptionEn, datatypeDescription, choices);
        this.changedBy = by;
        this.changedAt = at;
    }

    /** Marks who made a new question and when. */
    public void madeBy(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    private void define(Datatype datatype, boolean variable, boolean required, int sortOrder, String descriptionVi,
                        String descriptionEn, String datatypeDescription, List<Choice> choices) {
        if (datatype == null) {
            throw new Invalid("report.datatype", List.of(Datatype.values()).toString());
        }
        if (!variable && required) {
            throw new Invalid("report.informationNotRequired");
        }
        if (sortOrder < 1 || sortOrder > MAX_ORDER) {
            throw new Invalid("report.questionOrder", MAX_ORDER);
        }
        String vi = text("descriptionVi", null, descriptionVi, 500, true);
        String en = text("descriptionEn", null, descriptionEn, 500, true);
        String hint = text("datatypeDescription", null, datatypeDescription, 200, false);
        List<Choice> given = choices == null ? List.of() : choices;
        if (datatype.list() && (given.isEmpty() || given.size() > MAX_CHOICES)) {
            throw new Invalid("report.choiceCount", MAX_CHOICES);
        }
        if (!datatype.list() && !given.isEmpty()) {
            throw new Invalid("report.choicesOnlyForLists");
        }
        Set<String> keys = new HashSet<>();
        for (Choice choice : given) {
            if (!keys.add(choice.key)) {
                throw new Invalid("report.choiceTwice", choice.key);
            }
        }
        this.datatype = datatype;
        this.variable = variable;
        this.required = required;
        this.sortOrder = sortOrder;
        this.descriptionVi = vi;
        this.descriptionEn = en;
        this.datatypeDescription = hint;
        this.choices.clear();
        this.choices.addAll(given);
    }

    /**
     * @param field     the last part of the keys {@code report.missing.FIELD}, {@code report.tooLong.FIELD} and
     *                  {@code report.oneLine.FIELD}
     * @param choiceKey the choice's key (a choice's name), or null
     */
    private static String text(String field, String choiceKey, String value, int max, boolean needed) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (needed) {
                throw new Invalid("report.missing." + field, choiceKey);
            }
            return null;
        }
        if (v.length() > max) {
            throw new Invalid("report.tooLong." + field, max, choiceKey);
        }
        if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            throw new Invalid("report.oneLine." + field, choiceKey);
        }
        return v;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getCode() {
        return code;
    }

    public Datatype getDatatype() {
        return datatype;
    }

    public boolean isVariable() {
        return variable;
    }

    public boolean isRequired() {
        return required;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getDescriptionVi() {
        return descriptionVi;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getDatatypeDescription() {
        return datatypeDescription;
    }

    public List<Choice> getChoices() {
        return List.copyOf(choices);
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
