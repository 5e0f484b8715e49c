-- V9: standard operating procedures. sop_step: the steps a category's incidents go through (admins keep
-- them); incident_step: the copy an incident got when it was opened (a later change of the procedure does
-- not change running incidents). Closing an incident needs its mandatory steps done.
CREATE SEQUENCE sop_step_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE sop_step (
    id            ${id} NOT NULL,
    category_code ${varchar}(40${chars}) NOT NULL,
    position      ${int} NOT NULL,
    text_vi       ${varchar}(300${chars}) NOT NULL,
    text_en       ${varchar}(300${chars}) NOT NULL,
    mandatory     ${bool} NOT NULL,
    CONSTRAINT pk_sop_step PRIMARY KEY (id),
    CONSTRAINT uk_sop_step_position UNIQUE (category_code, position)
);

CREATE SEQUENCE incident_step_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE incident_step (
    id          ${id} NOT NULL,
    incident_id ${id} NOT NULL,
    position    ${int} NOT NULL,
    text_vi     ${varchar}(300${chars}) NOT NULL,
    text_en     ${varchar}(300${chars}) NOT NULL,
    mandatory   ${bool} NOT NULL,
    done_by     ${varchar}(100${chars}),
    done_at     ${timestamp},
    CONSTRAINT pk_incident_step PRIMARY KEY (id),
    CONSTRAINT fk_incident_step_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);
CREATE INDEX ix_incident_step_incident ON incident_step (incident_id, position);

-- Lai Châu's procedures (drafted with the IOC team's launch description; the departments adjust them on the console)
INSERT INTO sop_step VALUES (1, 'flooding', 1, 'Xác minh hiện trường, mức nước và phạm vi ngập', 'Check the site, water depth and extent', ${true});
INSERT INTO sop_step VALUES (2, 'flooding', 2, 'Đặt biển cảnh báo, phân luồng nếu cần', 'Put up warning signs, divert traffic if needed', ${true});
INSERT INTO sop_step VALUES (3, 'flooding', 3, 'Khơi thông cống, hút nước', 'Clear drains, pump water', ${true});
INSERT INTO sop_step VALUES (4, 'flooding', 4, 'Chụp ảnh sau xử lý', 'Photograph the result', ${false});
INSERT INTO sop_step VALUES (5, 'landslide', 1, 'Khoanh vùng nguy hiểm, cảnh báo người dân', 'Cordon off the danger zone, warn residents', ${true});
INSERT INTO sop_step VALUES (6, 'landslide', 2, 'Báo Ban chỉ huy phòng chống thiên tai', 'Inform the disaster prevention command', ${true});
INSERT INTO sop_step VALUES (7, 'landslide', 3, 'Dọn đất đá, thông đường', 'Clear debris, reopen the road', ${true});
INSERT INTO sop_step VALUES (8, 'road-damage', 1, 'Khảo sát, đo kích thước hư hỏng', 'Survey and measure the damage', ${true});
INSERT INTO sop_step VALUES (9, 'road-damage', 2, 'Rào chắn, cảnh báo', 'Fence off and warn', ${true});
INSERT INTO sop_step VALUES (10, 'road-damage', 3, 'Vá sửa mặt đường', 'Repair the surface', ${true});
INSERT INTO sop_step VALUES (11, 'street-light', 1, 'Kiểm tra tủ điện và đèn', 'Check the cabinet and the lamps', ${true});
INSERT INTO sop_step VALUES (12, 'street-light', 2, 'Thay thế, sửa chữa', 'Replace or repair', ${true});
INSERT INTO sop_step VALUES (13, 'street-light', 3, 'Kiểm tra lại ban đêm', 'Check again at night', ${false});
INSERT INTO sop_step VALUES (14, 'waste', 1, 'Xác minh vị trí, khối lượng rác', 'Check the place and the amount', ${true});
INSERT INTO sop_step VALUES (15, 'waste', 2, 'Thu gom, vệ sinh', 'Collect and clean', ${true});
INSERT INTO sop_step VALUES (16, 'sidewalk-encroachment', 1, 'Kiểm tra, lập biên bản', 'Inspect and record', ${true});
INSERT INTO sop_step VALUES (17, 'sidewalk-encroachment', 2, 'Yêu cầu khắc phục hoặc xử phạt', 'Order a remedy or fine', ${true});
INSERT INTO sop_step VALUES (18, 'public-order', 1, 'Cử lực lượng đến hiện trường', 'Send officers to the scene', ${true});
INSERT INTO sop_step VALUES (19, 'public-order', 2, 'Xử lý, lập biên bản', 'Handle and record', ${true});
INSERT INTO sop_step VALUES (20, 'traffic', 1, 'Cử CSGT phân luồng', 'Send traffic police to divert traffic', ${true});
INSERT INTO sop_step VALUES (21, 'traffic', 2, 'Giải tỏa, thông tuyến', 'Clear and reopen', ${true});
INSERT INTO sop_step VALUES (22, 'fallen-tree', 1, 'Cảnh báo, rào chắn', 'Warn and fence off', ${true});
INSERT INTO sop_step VALUES (23, 'fallen-tree', 2, 'Cắt, dọn cây', 'Cut and remove the tree', ${true});
INSERT INTO sop_step VALUES (24, 'pollution', 1, 'Lấy mẫu, xác định nguồn ô nhiễm', 'Take samples, find the source', ${true});
INSERT INTO sop_step VALUES (25, 'pollution', 2, 'Yêu cầu khắc phục, xử lý vi phạm', 'Order a remedy, sanction', ${true});
INSERT INTO sop_step VALUES (26, 'power-outage', 1, 'Xác định khu vực mất điện', 'Find the area without power', ${true});
INSERT INTO sop_step VALUES (27, 'power-outage', 2, 'Sửa chữa, cấp điện lại', 'Repair and restore power', ${true});
INSERT INTO sop_step VALUES (28, 'fire', 1, 'Điều xe chữa cháy, cứu nạn', 'Dispatch fire and rescue', ${true});
INSERT INTO sop_step VALUES (29, 'fire', 2, 'Khoanh vùng, sơ tán', 'Cordon off and evacuate', ${true});
INSERT INTO sop_step VALUES (30, 'fire', 3, 'Điều tra nguyên nhân', 'Investigate the cause', ${false});
INSERT INTO sop_step VALUES (31, 'illegal-construction', 1, 'Kiểm tra giấy phép, lập biên bản', 'Check the permit, record', ${true});
INSERT INTO sop_step VALUES (32, 'illegal-construction', 2, 'Đình chỉ, xử phạt', 'Stop the works, fine', ${true});
INSERT INTO sop_step VALUES (33, 'public-service', 1, 'Chuyển bộ phận một cửa', 'Pass to the one-stop desk', ${true});
INSERT INTO sop_step VALUES (34, 'public-service', 2, 'Trả lời công dân', 'Answer the citizen', ${true});
