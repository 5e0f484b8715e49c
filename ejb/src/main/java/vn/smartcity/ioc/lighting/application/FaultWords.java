package vn.smartcity.ioc.lighting.application;

import vn.smartcity.ioc.lighting.domain.FaultKind;

/** A fault's name in the two languages of the live feed and of incidents (the console uses its bundle). */
public final class FaultWords {

    private FaultWords() {
    }

    public static String vi(FaultKind kind) {
        return switch (kind) {
            case LAMP_FAILURE -> "Hỏng bóng đèn";
            case DIMMING_FAILURE -> "Lỗi điều chỉnh độ sáng";
            case SUPPLY_LOSS -> "Mất điện đèn";
            case ON_IN_DAYTIME -> "Đèn sáng ban ngày";
            case OFF_AT_NIGHT -> "Đèn tắt ban đêm";
            case ABNORMAL_POWER -> "Công suất bất thường";
            case CABINET_SUPPLY_LOSS -> "Mất điện tủ điều khiển";
        };
    }

    public static String en(FaultKind kind) {
        return switch (kind) {
            case LAMP_FAILURE -> "lamp failure";
            case DIMMING_FAILURE -> "dimming failure";
            case SUPPLY_LOSS -> "supply loss";
            case ON_IN_DAYTIME -> "on in daytime";
            case OFF_AT_NIGHT -> "off at night";
            case ABNORMAL_POWER -> "abnormal power";
            case CABINET_SUPPLY_LOSS -> "cabinet supply loss";
        };
    }
}
