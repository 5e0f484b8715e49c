package vn.smartcity.ioc.violation.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Province codes on number plates (Circular 24/2023/TT-BCA, appendix; the codes stayed with their areas
 * after the 2025 merger of provinces). From memory of the published table: check it against the circular
 * before relying on a name other than Lai Châu (25).
 */
public final class PlateProvinces {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("11", "Cao Bằng"), Map.entry("12", "Lạng Sơn"), Map.entry("14", "Quảng Ninh"),
            Map.entry("15", "Hải Phòng"), Map.entry("16", "Hải Phòng"), Map.entry("17", "Thái Bình"),
            Map.entry("18", "Nam Định"), Map.entry("19", "Phú Thọ"), Map.entry("20", "Thái Nguyên"),
            Map.entry("21", "Yên Bái"), Map.entry("22", "Tuyên Quang"), Map.entry("23", "Hà Giang"),
            Map.entry("24", "Lào Cai"), Map.entry("25", "Lai Châu"), Map.entry("26", "Sơn La"),
            Map.entry("27", "Điện Biên"), Map.entry("28", "Hòa Bình"), Map.entry("29", "Hà Nội"),
            Map.entry("30", "Hà Nội"), Map.entry("31", "Hà Nội"), Map.entry("32", "Hà Nội"), Map.entry("33", "Hà Nội"),
            Map.entry("34", "Hải Dương"), Map.entry("35", "Ninh Bình"), Map.entry("36", "Thanh Hóa"),
            Map.entry("37", "Nghệ An"), Map.entry("38", "Hà Tĩnh"), Map.entry("40", "Hà Nội"),
            Map.entry("41", "TP. Hồ Chí Minh"), Map.entry("43", "Đà Nẵng"), Map.entry("47", "Đắk Lắk"),
            Map.entry("48", "Đắk Nông"), Map.entry("49", "Lâm Đồng"), Map.entry("50", "TP. Hồ Chí Minh"),
            Map.entry("51", "TP. Hồ Chí Minh"), Map.entry("52", "TP. Hồ Chí Minh"), Map.entry("53", "TP. Hồ Chí Minh"),
            Map.entry("54", "TP. Hồ Chí Minh"), Map.entry("55", "TP. Hồ Chí Minh"), Map.entry("56", "TP. Hồ Chí Minh"),
            Map.entry("57", "TP. Hồ Chí Minh"), Map.entry("58", "TP. Hồ Chí Minh"), Map.entry("59", "TP. Hồ Chí Minh"),
            Map.entry("60", "Đồng Nai"), Map.entry("61", "Bình Dương"), Map.entry("62", "Long An"),
            Map.entry("63", "Tiền Giang"), Map.entry("64", "Vĩnh Long"), Map.entry("65", "Cần Thơ"),
            Map.entry("66", "Đồng Tháp"), Map.entry("67", "An Giang"), Map.entry("68", "Kiên Giang"),
            Map.entry("69", "Cà Mau"), Map.entry("70", "Tây Ninh"), Map.entry("71", "Bến Tre"),
            Map.entry("72", "Bà Rịa - Vũng Tàu"), Map.entry("73", "Quảng Bình"), Map.entry("74", "Quảng Trị"),
            Map.entry("75", "Thừa Thiên Huế"), Map.entry("76", "Quảng Ngãi"), Map.entry("77", "Bình Định"),
            Map.entry("78", "Phú Yên"), Map.entry("79", "Khánh Hòa"), Map.entry("80", "Cơ quan trung ương"),
            Map.entry("81", "Gia Lai"), Map.entry("82", "Kon Tum"), Map.entry("83", "Sóc Trăng"),
            Map.entry("84", "Trà Vinh"), Map.entry("85", "Ninh Thuận"), Map.entry("86", "Bình Thuận"),
            Map.entry("88", "Vĩnh Phúc"), Map.entry("89", "Hưng Yên"), Map.entry("90", "Hà Nam"),
            Map.entry("92", "Quảng Nam"), Map.entry("93", "Bình Phước"), Map.entry("94", "Bạc Liêu"),
            Map.entry("95", "Hậu Giang"), Map.entry("97", "Bắc Kạn"), Map.entry("98", "Bắc Giang"),
            Map.entry("99", "Bắc Ninh"));

    private PlateProvinces() {
    }

    public static Optional<String> name(String code) {
        return Optional.ofNullable(NAMES.get(code));
    }
}
