package vn.smartcity.ioc.lighting.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Judges a reading: for each fault it can tell from it, whether the fault is there ({@code true}) or not
 * ({@code false}); a fault it cannot tell (the field was not sent) is left out, and the luminaire's open fault of
 * that kind stays as it is.
 * <ul>
 * <li>lamp failure, dimming failure, supply loss: as the lamp monitor reports them;</li>
 * <li>on in daytime: the lamp is on while the plan says off now and {@value #GRACE_MINUTES} minutes before (a
 *     gateway that switches at the minute is not at fault);</li>
 * <li>off at night: the lamp is off while the plan says on now and {@value #GRACE_MINUTES} minutes before, and
 *     neither a lamp failure nor a supply loss explains it;</li>
 * <li>abnormal power: the lamp burns at a level of at least 20 and draws less than {@value #LOW} or more than
 *     {@value #HIGH} times its rated power at that level (full rating for a lamp that cannot dim).</li>
 * </ul>
 */
public final class FaultCheck {

    public static final int GRACE_MINUTES = 10;
    static final double LOW = 0.6;
    static final double HIGH = 1.4;

    private FaultCheck() {
    }

    /**
     * @param plannedNow the level the plan gives at the reading's time
     * @param plannedBefore the level the plan gave {@value #GRACE_MINUTES} minutes before
     */
    public static Map<FaultKind, Boolean> judge(Luminaire luminaire, TelemetryReading r, int plannedNow, int plannedBefore) {
        Map<FaultKind, Boolean> faults = new EnumMap<>(FaultKind.class);
        if (r.lampFailure() != null) {
            faults.put(FaultKind.LAMP_FAILURE, r.lampFailure());
        }
        if (r.dimmingFailure() != null) {
            faults.put(FaultKind.DIMMING_FAILURE, r.dimmingFailure());
        }
        if (r.supplyLoss() != null) {
            faults.put(FaultKind.SUPPLY_LOSS, r.supplyLoss());
        }
        if (r.on() != null) {
            faults.put(FaultKind.ON_IN_DAYTIME, r.on() && plannedNow == 0 && plannedBefore == 0);
            boolean explained = Boolean.TRUE.equals(r.lampFailure()) || Boolean.TRUE.equals(r.supplyLoss())
                    || (r.lampFailure() == null && luminaire.isLampFailure())
                    || (r.supplyLoss() == null && luminaire.isSupplyLoss());
            faults.put(FaultKind.OFF_AT_NIGHT, !r.on() && plannedNow > 0 && plannedBefore > 0 && !explained);
            if (r.powerW() != null) {
                int level = r.level() != null ? r.level() : plannedNow;
                if (r.on() && level >= 20) {
                    double expected = luminaire.getPowerRatingW() * (luminaire.isDimmable() ? level / 100.0 : 1.0);
                    faults.put(FaultKind.ABNORMAL_POWER, r.powerW() < LOW * expected || r.powerW() > HIGH * expected);
                } else if (!r.on()) {
                    faults.put(FaultKind.ABNORMAL_POWER, false);
                }
            }
        }
        return faults;
    }
}
