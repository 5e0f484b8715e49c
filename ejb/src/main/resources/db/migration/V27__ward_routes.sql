-- V27: routing by category and ward. A category's department may differ per ward or commune
-- (category_ward_route, audited): ward-level matters (waste, encroachment on the pavement) go to the People's
-- Committee of the ward or commune where they are, not to one ward's. Adds the People's Committees of the
-- communes of V2, and the category of information-security incidents (opened by security monitoring, answered
-- by the Department of Science and Technology; not offered to citizens).
CREATE SEQUENCE category_ward_route_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE category_ward_route (
    id            ${id} NOT NULL,
    category_id   ${id} NOT NULL,
    ward_code     ${varchar}(20${chars}) NOT NULL,
    department_id ${id} NOT NULL,
    CONSTRAINT pk_category_ward_route PRIMARY KEY (id),
    CONSTRAINT uk_category_ward_route UNIQUE (category_id, ward_code),
    CONSTRAINT fk_category_ward_route_category FOREIGN KEY (category_id) REFERENCES report_category (id),
    CONSTRAINT fk_category_ward_route_ward FOREIGN KEY (ward_code) REFERENCES ward (code),
    CONSTRAINT fk_category_ward_route_department FOREIGN KEY (department_id) REFERENCES department (id)
);
CREATE TABLE category_ward_route_aud (
    id            ${id} NOT NULL,
    rev           ${id} NOT NULL,
    revtype       ${tinyint},
    category_id   ${id},
    ward_code     ${varchar}(20${chars}),
    department_id ${id},
    CONSTRAINT pk_category_ward_route_aud PRIMARY KEY (rev, id),
    CONSTRAINT fk_category_ward_route_aud_rev FOREIGN KEY (rev) REFERENCES ioc_revision (id)
);

INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (13, 'UBND_TAM_DUONG', 'UBND xã Tam Đường', 'Tam Duong Commune People''s Committee', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (14, 'UBND_BINH_LU', 'UBND xã Bình Lư', 'Binh Lu Commune People''s Committee', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (15, 'UBND_PHONG_THO', 'UBND xã Phong Thổ', 'Phong Tho Commune People''s Committee', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (16, 'UBND_SIN_HO', 'UBND xã Sìn Hồ', 'Sin Ho Commune People''s Committee', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (17, 'UBND_THAN_UYEN', 'UBND xã Than Uyên', 'Than Uyen Commune People''s Committee', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (18, 'UBND_TAN_UYEN', 'UBND xã Tân Uyên', 'Tan Uyen Commune People''s Committee', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (19, 'UBND_MUONG_TE', 'UBND xã Mường Tè', 'Muong Te Commune People''s Committee', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (20, 'UBND_NAM_NHUN', 'UBND xã Nậm Nhùn', 'Nam Nhun Commune People''s Committee', NULL, ${true}, 0);

INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (1, 5, 'DOAN_KET', 12);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (2, 5, 'TAM_DUONG', 13);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (3, 5, 'BINH_LU', 14);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (4, 5, 'PHONG_THO', 15);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (5, 5, 'SIN_HO', 16);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (6, 5, 'THAN_UYEN', 17);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (7, 5, 'TAN_UYEN', 18);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (8, 5, 'MUONG_TE', 19);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (9, 5, 'NAM_NHUN', 20);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (10, 6, 'DOAN_KET', 12);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (11, 6, 'TAM_DUONG', 13);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (12, 6, 'BINH_LU', 14);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (13, 6, 'PHONG_THO', 15);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (14, 6, 'SIN_HO', 16);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (15, 6, 'THAN_UYEN', 17);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (16, 6, 'TAN_UYEN', 18);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (17, 6, 'MUONG_TE', 19);
INSERT INTO category_ward_route (id, category_id, ward_code, department_id) VALUES (18, 6, 'NAM_NHUN', 20);

INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (15, 'information-security', 'Sự cố an toàn thông tin', 'Information-security incident', 7, 4, ${false}, 0);
