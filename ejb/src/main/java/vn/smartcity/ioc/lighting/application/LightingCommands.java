package vn.smartcity.ioc.lighting.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import vn.smartcity.ioc.lighting.domain.AstronomicalClock;
import vn.smartcity.ioc.lighting.domain.GatewayCommand;
import vn.smartcity.ioc.lighting.domain.LightingLevel;
import vn.smartcity.ioc.lighting.domain.LightingOverride;
import vn.smartcity.ioc.lighting.domain.LightingRepository;
import vn.smartcity.ioc.lighting.domain.Luminaire;
import vn.smartcity.ioc.shared.infrastructure.Jsonp;

/**
 * The commands to the gateways (docs/lighting.md): an override goes to every gateway of the luminaires it covers,
 * its early end as a resume; each gateway keeps a schedule of {@value #SCHEDULE_DAYS} days pushed every day at
 * noon and when its luminaires change, so that it goes on without the IOC. Each command is sent until the gateway
 * acknowledges it or it expires ({@link GatewayCommand}); its message is made when it is sent.
 */
@Stateless
@PermitAll
public class LightingCommands {

    public static final int SCHEDULE_DAYS = 2;

    @Inject
    LightingRepository repository;

    @Inject
    LightingPlans plans;

    Clock clock = Clock.systemUTC();

    public void overrideAdded(LightingOverride o) {
        Instant now = clock.instant();
        for (String gateway : repository.gateways(o.getTarget(), o.getTargetCode())) {
            repository.add(new GatewayCommand(gateway, GatewayCommand.Kind.OVERRIDE, String.valueOf(o.getId()), now, o.getEndsAt()));
        }
    }

    public void overrideEnded(LightingOverride o) {
        Instant now = clock.instant();
        for (GatewayCommand c : repository.commandsFor(GatewayCommand.Kind.OVERRIDE, String.valueOf(o.getId()))) {
            c.expireNow(now);
        }
        for (String gateway : repository.gateways(o.getTarget(), o.getTargetCode())) {
            repository.add(new GatewayCommand(gateway, GatewayCommand.Kind.RESUME, String.valueOf(o.getId()), now,
                    now.plus(Duration.ofDays(1))));
        }
    }

    /** Schedules from a day for these gateways; an unanswered earlier schedule of a gateway is given up. */
    public void schedules(Collection<String> gateways, LocalDate from) {
        Instant now = clock.instant();
        java.util.Set<String> to = new java.util.HashSet<>(gateways);
        for (GatewayCommand c : repository.commandsFor(GatewayCommand.Kind.SCHEDULE, from.toString())) {
            if (to.contains(c.getGateway())) {
                c.expireNow(now);
            }
        }
        for (String gateway : to) {
            repository.add(new GatewayCommand(gateway, GatewayCommand.Kind.SCHEDULE, from.toString(), now,
                    now.plus(Duration.ofDays(1))));
        }
    }

    /** A gateway's answer; one naming another gateway's command, or an unknown one, is left out. */
    public boolean answered(String gateway, String commandId, boolean accepted, String detail) {
        GatewayCommand c = repository.command(commandId).orElse(null);
        if (c == null || !c.getGateway().equals(gateway)) {
            return false;
        }
        return c.answered(accepted, detail, clock.instant());
    }

    /** The message of a command as it is sent now. */
    public byte[] message(GatewayCommand c) {
        JsonObjectBuilder m = Jsonp.createObjectBuilder().add("version", 1).add("commandId", c.getId())
                .add("gateway", c.getGateway()).add("kind", c.getKind().name().toLowerCase(java.util.Locale.ROOT))
                .add("expiresAt", local(c.getExpiresAt()));
        switch (c.getKind()) {
            case OVERRIDE, RESUME -> {
                LightingOverride o = repository.override(Long.parseLong(c.getSubject())).orElse(null);
                m.add("override", Long.parseLong(c.getSubject()));
                if (o != null) {
                    if (c.getKind() == GatewayCommand.Kind.OVERRIDE) {
                        m.add("level", o.getLevel()).add("from", local(o.getStartsAt())).add("until", local(o.getEndsAt()))
                                .add("reason", o.getReason());
                    }
                    JsonArrayBuilder codes = Jsonp.createArrayBuilder();
                    repository.luminaireCodes(c.getGateway(), o.getTarget(), o.getTargetCode()).forEach(codes::add);
                    m.add("luminaires", codes);
                }
            }
            case SCHEDULE -> {
                LocalDate from = LocalDate.parse(c.getSubject());
                LightingPlans.Snapshot plan = plans.around(from);
                // luminaires with the same steps share one curve
                Map<String, List<String>> byCurve = new LinkedHashMap<>();
                Map<String, JsonArrayBuilder> steps = new LinkedHashMap<>();
                for (Luminaire l : repository.luminairesOf(c.getGateway())) {
                    List<LightingLevel> curve = new ArrayList<>();
                    for (int d = 0; d < SCHEDULE_DAYS; d++) {
                        curve.addAll(plan.plan().programmed(plan.place(l), from.plusDays(d)));
                    }
                    StringBuilder key = new StringBuilder();
                    JsonArrayBuilder a = Jsonp.createArrayBuilder();
                    int last = -1;
                    for (LightingLevel step : curve) {
                        if (step.level() != last) {
                            String at = step.from().atZone(AstronomicalClock.VIETNAM).toOffsetDateTime().toString();
                            key.append(at).append('=').append(step.level()).append(';');
                            a.add(Jsonp.createObjectBuilder().add("at", at).add("level", step.level()));
                            last = step.level();
                        }
                    }
                    byCurve.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(l.getCode());
                    steps.putIfAbsent(key.toString(), a);
                }
                JsonArrayBuilder curves = Jsonp.createArrayBuilder();
                byCurve.forEach((key, codes) -> {
                    JsonArrayBuilder ls = Jsonp.createArrayBuilder();
                    codes.forEach(ls::add);
                    curves.add(Jsonp.createObjectBuilder().add("luminaires", ls).add("steps", steps.get(key)));
                });
                m.add("from", from.toString()).add("days", SCHEDULE_DAYS).add("curves", curves);
            }
        }
        return m.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String local(Instant t) {
        return ZonedDateTime.ofInstant(t, AstronomicalClock.VIETNAM).toOffsetDateTime().toString();
    }
}
