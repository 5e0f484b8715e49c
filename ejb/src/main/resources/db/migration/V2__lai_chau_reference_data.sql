-- V2: reference data of the first customer, Lai Châu province (organised in wards and communes since
-- 1 July 2025; the former Lai Châu city is now the wards Tân Phong and Đoàn Kết).
-- Editable later by administrators. The commune list is PARTIAL: only communes named after former district
-- seats are listed; complete it from the National Assembly Standing Committee's 2025 resolution on Lai Châu's
-- commune-level units (a later migration or the admin console). Ward centres are approximate.
-- Booleans are the placeholder ${true}: TRUE on H2 and PostgreSQL, 1 on Oracle (NUMBER(1,0)).

INSERT INTO province (id, code, name_vi, name_en, plate_code, version)
VALUES (1, 'LAI_CHAU', 'Tỉnh Lai Châu', 'Lai Chau Province', '25', 0);

INSERT INTO ward (id, code, name, kind, province_id, latitude, longitude, version) VALUES (1, 'TAN_PHONG', 'Phường Tân Phong', 'WARD', 1, 22.3964, 103.4582, 0);
INSERT INTO ward (id, code, name, kind, province_id, latitude, longitude, version) VALUES (2, 'DOAN_KET', 'Phường Đoàn Kết', 'WARD', 1, 22.3862, 103.4700, 0);
INSERT INTO ward (id, code, name, kind, province_id, latitude, longitude, version) VALUES (3, 'TAM_DUONG', 'Xã Tam Đường', 'COMMUNE', 1, NULL, NULL, 0);
INSERT INTO ward (id, code, name, kind, province_id, latitude, longitude, version) VALUES (4, 'BINH_LU', 'Xã Bình Lư', 'COMMUNE', 1, NULL, NULL, 0);
INSERT INTO ward (id, code, name, kind, province_id, latitude, longitude, version) VALUES (5, 'PHONG_THO', 'Xã Phong Thổ', 'COMMUNE', 1, NULL, NULL, 0);
INSERT INTO ward (id, code, name, kind, province_id, latitude, longitude, version) VALUES (6, 'SIN_HO', 'Xã Sìn Hồ', 'COMMUNE', 1, NULL, NULL, 0);
INSERT INTO ward (id, code, name, kind, province_id, latitude, longitude, version) VALUES (7, 'THAN_UYEN', 'Xã Than Uyên', 'COMMUNE', 1, NULL, NULL, 0);
INSERT INTO ward (id, code, name, kind, province_id, latitude, longitude, version) VALUES (8, 'TAN_UYEN', 'Xã Tân Uyên', 'COMMUNE', 1, NULL, NULL, 0);
INSERT INTO ward (id, code, name, kind, province_id, latitude, longitude, version) VALUES (9, 'MUONG_TE', 'Xã Mường Tè', 'COMMUNE', 1, NULL, NULL, 0);
INSERT INTO ward (id, code, name, kind, province_id, latitude, longitude, version) VALUES (10, 'NAM_NHUN', 'Xã Nậm Nhùn', 'COMMUNE', 1, NULL, NULL, 0);

-- Departments and agencies that handle incidents; the code is what directory groups name (LDAP cn).
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (1, 'IOC', 'Trung tâm Giám sát, điều hành đô thị thông minh', 'Intelligent Operations Center', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (2, 'CA', 'Công an tỉnh', 'Provincial Police', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (3, 'CSGT', 'Phòng Cảnh sát giao thông', 'Traffic Police', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (4, 'PCCC', 'Phòng Cảnh sát PCCC và CNCH', 'Fire and Rescue Police', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (5, 'SXD', 'Sở Xây dựng', 'Department of Construction (urban works, roads, transport)', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (6, 'SNNMT', 'Sở Nông nghiệp và Môi trường', 'Department of Agriculture and Environment', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (7, 'SKHCN', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology (information security)', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (8, 'SYT', 'Sở Y tế', 'Department of Health', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (9, 'DIEN_LUC', 'Công ty Điện lực Lai Châu', 'Lai Chau Power Company', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (10, 'TTPVHCC', 'Trung tâm Phục vụ hành chính công tỉnh', 'Provincial Public Administration Service Centre', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (11, 'UBND_TAN_PHONG', 'UBND phường Tân Phong', 'Tan Phong Ward People''s Committee', NULL, ${true}, 0);
INSERT INTO department (id, code, name_vi, name_en, email, active, version) VALUES (12, 'UBND_DOAN_KET', 'UBND phường Đoàn Kết', 'Doan Ket Ward People''s Committee', NULL, ${true}, 0);

-- What citizens can report, who answers, within how many hours (SLA). The code is the Open311 service_code.
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (1, 'flooding', 'Ngập úng', 'Flooding', 5, 24, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (2, 'landslide', 'Sạt lở đất, đá', 'Landslide', 6, 12, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (3, 'road-damage', 'Hư hỏng đường, ổ gà', 'Road damage, potholes', 5, 72, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (4, 'street-light', 'Đèn chiếu sáng công cộng hỏng', 'Broken street light', 5, 48, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (5, 'waste', 'Rác thải, vệ sinh môi trường', 'Waste and sanitation', 11, 24, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (6, 'sidewalk-encroachment', 'Lấn chiếm vỉa hè, lòng đường', 'Pavement or roadway encroachment', 11, 72, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (7, 'public-order', 'An ninh, trật tự công cộng', 'Public security and order', 2, 4, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (8, 'traffic', 'Ùn tắc, mất an toàn giao thông', 'Traffic congestion or hazard', 3, 4, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (9, 'fallen-tree', 'Cây đổ, cây nguy hiểm', 'Fallen or dangerous tree', 5, 12, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (10, 'pollution', 'Ô nhiễm môi trường', 'Pollution', 6, 72, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (11, 'power-outage', 'Mất điện, sự cố lưới điện', 'Power outage or grid fault', 9, 8, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (12, 'fire', 'Cháy, nổ', 'Fire or explosion', 4, 1, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (13, 'illegal-construction', 'Xây dựng trái phép', 'Illegal construction', 5, 120, ${true}, 0);
INSERT INTO report_category (id, code, name_vi, name_en, department_id, sla_hours, active, version) VALUES (14, 'public-service', 'Thủ tục hành chính, dịch vụ công', 'Public administrative services', 10, 72, ${true}, 0);
