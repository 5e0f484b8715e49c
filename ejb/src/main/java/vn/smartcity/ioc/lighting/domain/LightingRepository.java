package vn.smartcity.ioc.lighting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The lighting register: assets, what they should do, and their faults. */
public interface LightingRepository {

    Map<String, Luminaire> luminaires(Collection<String> codes);

    Map<String, ControlCabinet> cabinets(Collection<String> codes);

    /** One page of luminaires, by code, of a ward and/or a group when given. */
    List<Luminaire> luminaires(String wardCode, String groupCode, int first, int max);

    long countLuminaires(String wardCode, String groupCode);

    /** How many luminaires are in each power state, and how many have a failure flag (key "FAILED"). */
    Map<String, Long> luminaireStates();

    List<ControlCabinet> cabinets();

    List<LightingGroup> groups();

    Optional<LightingGroup> group(String code);

    List<LightingCalendar> calendars();

    Optional<LightingCalendar> calendar(String code);

    List<ControlProgram> programs();

    Optional<ControlProgram> program(String code);

    List<SpecialDay> specialDays(LocalDate from, LocalDate to);

    Optional<SpecialDay> specialDay(long id);

    /** The overrides that are active at some moment of [from, to). */
    List<LightingOverride> overrides(Instant from, Instant to);

    Optional<LightingOverride> override(long id);

    /** The open faults of these luminaires or cabinets. */
    List<LightingFault> openFaults(Collection<String> subjectCodes);

    /** The newest open faults first. */
    List<LightingFault> openFaults(int max);

    long countOpenFaults();

    /** Open faults of these kinds, opened before a time, that have no incident yet; the oldest first. */
    List<LightingFault> faultsAwaitingIncident(Instant openedBefore, Collection<FaultKind> kinds, int max);

    /** The gateways of the luminaires an override covers (all of them for the city). */
    List<String> gateways(LightingOverride.Target target, String code);

    /** The codes of a gateway's luminaires an override covers (all of the gateway's for the city). */
    List<String> luminaireCodes(String gateway, LightingOverride.Target target, String code);

    /** A gateway's luminaires. */
    List<Luminaire> luminairesOf(String gateway);

    Optional<GatewayCommand> command(String id);

    /** Commands to send now: pending or sent, due, the oldest first. */
    List<GatewayCommand> commandsDue(Instant now, int max);

    /** Unanswered commands past their expiry. */
    List<GatewayCommand> commandsExpired(Instant now, int max);

    List<GatewayCommand> commandsFor(GatewayCommand.Kind kind, String subject);

    /** The newest commands first. */
    List<GatewayCommand> recentCommands(int max);

    void add(Object entity);

    void remove(Object entity);
}
