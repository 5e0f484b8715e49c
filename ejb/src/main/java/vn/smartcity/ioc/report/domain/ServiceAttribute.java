package vn.smartcity.ioc.report.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * An extra question of a report category: the Open311 GeoReport v2 "attribute" of a service definition
 * (e.g. how deep the flood water is). {@code variable} false: information shown to the citizen, not a question.
 * The choices of the list types are kept in order.
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
            this.key = key;
            this.nameVi = nameVi;
            this.nameEn = nameEn;
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

    @Id
    private Long id;

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
        this.categoryCode = categoryCode;
        this.code = code;
        this.datatype = datatype;
        this.variable = variable;
        this.required = required;
        this.sortOrder = sortOrder;
        this.descriptionVi = descriptionVi;
        this.descriptionEn = descriptionEn;
        this.datatypeDescription = datatypeDescription;
        this.choices = new ArrayList<>(choices);
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
}
