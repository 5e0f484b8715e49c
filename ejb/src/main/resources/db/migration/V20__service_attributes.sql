-- V20: the extra questions a report category asks (Open311 GeoReport v2 service definitions: "attributes"),
-- with the choices of the list questions, and a report's answers to them.
-- datatype: STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST (the spec's words, in capitals);
-- variable false: information shown to the citizen, not a question; sort_order: the spec's "order".
CREATE TABLE service_attribute (
    id                   ${id} NOT NULL,
    category_code        ${varchar}(40${chars}) NOT NULL,
    code                 ${varchar}(40${chars}) NOT NULL,
    datatype             ${varchar}(20${chars}) NOT NULL,
    variable             ${bool} NOT NULL,
    required             ${bool} NOT NULL,
    sort_order           ${int} NOT NULL,
    description_vi       ${varchar}(500${chars}) NOT NULL,
    description_en       ${varchar}(500${chars}) NOT NULL,
    datatype_description ${varchar}(200${chars}),
    CONSTRAINT pk_service_attribute PRIMARY KEY (id),
    CONSTRAINT uk_service_attribute_code UNIQUE (category_code, code),
    CONSTRAINT uk_service_attribute_order UNIQUE (category_code, sort_order),
    CONSTRAINT fk_service_attribute_category FOREIGN KEY (category_code) REFERENCES report_category (code)
);

CREATE TABLE service_attribute_value (
    attribute_id ${id} NOT NULL,
    position     ${int} NOT NULL,
    value_key    ${varchar}(40${chars}) NOT NULL,
    name_vi      ${varchar}(200${chars}) NOT NULL,
    name_en      ${varchar}(200${chars}) NOT NULL,
    CONSTRAINT pk_service_attribute_value PRIMARY KEY (attribute_id, position),
    CONSTRAINT fk_service_attribute_value FOREIGN KEY (attribute_id) REFERENCES service_attribute (id)
);

-- one row per answer; a multivaluelist answer has one row per chosen key
CREATE TABLE citizen_report_answer (
    report_id      ${id} NOT NULL,
    position       ${int} NOT NULL,
    attribute_code ${varchar}(40${chars}) NOT NULL,
    answer         ${varchar}(2000${chars}) NOT NULL,
    CONSTRAINT pk_citizen_report_answer PRIMARY KEY (report_id, position),
    CONSTRAINT fk_citizen_report_answer FOREIGN KEY (report_id) REFERENCES citizen_report (id)
);

-- Lai Châu's first questions: optional, so that the portal's form (which does not ask them yet) keeps working
INSERT INTO service_attribute VALUES (1, 'flooding', 'water_depth', 'SINGLEVALUELIST', ${true}, ${false}, 1,
    'Nước ngập sâu khoảng bao nhiêu?', 'About how deep is the water?', NULL);
INSERT INTO service_attribute_value VALUES (1, 0, 'ankle', 'Đến mắt cá chân (dưới 15 cm)', 'Ankle deep (under 15 cm)');
INSERT INTO service_attribute_value VALUES (1, 1, 'knee', 'Đến đầu gối (15-50 cm)', 'Knee deep (15-50 cm)');
INSERT INTO service_attribute_value VALUES (1, 2, 'waist', 'Ngang hông trở lên (trên 50 cm)', 'Waist deep or more (over 50 cm)');
INSERT INTO service_attribute VALUES (2, 'flooding', 'vehicles_blocked', 'MULTIVALUELIST', ${true}, ${false}, 2,
    'Phương tiện nào không đi qua được?', 'Which vehicles cannot pass?', NULL);
INSERT INTO service_attribute_value VALUES (2, 0, 'motorbike', 'Xe máy', 'Motorbikes');
INSERT INTO service_attribute_value VALUES (2, 1, 'car', 'Ô tô', 'Cars');
INSERT INTO service_attribute_value VALUES (2, 2, 'truck', 'Xe tải', 'Trucks');
INSERT INTO service_attribute VALUES (3, 'road-damage', 'pothole_width_m', 'NUMBER', ${true}, ${false}, 1,
    'Ổ gà rộng khoảng bao nhiêu mét?', 'About how wide is the pothole, in metres?', 'Số, ví dụ 0.5 / a number, e.g. 0.5');
INSERT INTO service_attribute VALUES (4, 'road-damage', 'safety_note', 'STRING', ${false}, ${false}, 2,
    'Nếu có người bị thương, hãy gọi 115 trước khi phản ánh.', 'If someone is injured, call 115 before reporting.', NULL);
