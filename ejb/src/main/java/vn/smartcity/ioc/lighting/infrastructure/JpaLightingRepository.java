package vn.smartcity.ioc.lighting.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import vn.smartcity.ioc.lighting.domain.ControlCabinet;
import vn.smartcity.ioc.lighting.domain.ControlProgram;
import vn.smartcity.ioc.lighting.domain.FaultKind;
import vn.smartcity.ioc.lighting.domain.GatewayCommand;
import vn.smartcity.ioc.lighting.domain.LightingCalendar;
import vn.smartcity.ioc.lighting.domain.LightingFault;
import vn.smartcity.ioc.lighting.domain.LightingGroup;
import vn.smartcity.ioc.lighting.domain.LightingOverride;
import vn.smartcity.ioc.lighting.domain.LightingRepository;
import vn.smartcity.ioc.lighting.domain.Luminaire;
import vn.smartcity.ioc.lighting.domain.SpecialDay;
import vn.smartcity.ioc.shared.infrastructure.persistence.InList;

/** The lighting tables through JPA; lists of codes go in slices of at most 1,000 (Oracle's IN limit). */
@ApplicationScoped
public class JpaLightingRepository implements LightingRepository {

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Override
    public Map<String, Luminaire> luminaires(Collection<String> codes) {
        Map<String, Luminaire> found = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            InList.select(codes, "codes", "select l from Luminaire l where l.code in :codes",
                    jpql -> em.createQuery(jpql, Luminaire.class)).forEach(l -> found.put(l.getCode(), l));
        }
        return found;
    }

    @Override
    public Map<String, ControlCabinet> cabinets(Collection<String> codes) {
        Map<String, ControlCabinet> found = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            InList.select(codes, "codes", "select c from ControlCabinet c where c.code in :codes",
                    jpql -> em.createQuery(jpql, ControlCabinet.class)).forEach(c -> found.put(c.getCode(), c));
        }
        return found;
    }

    @Override
    public List<Luminaire> luminaires(String wardCode, String groupCode, int first, int max) {
        return filtered("select l from Luminaire l", wardCode, groupCode, " order by l.code", Luminaire.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countLuminaires(String wardCode, String groupCode) {
        return filtered("select count(l) from Luminaire l", wardCode, groupCode, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String wardCode, String groupCode, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        if (wardCode != null) {
            jpql.append(" and l.wardCode = :ward");
        }
        if (groupCode != null) {
            jpql.append(" and l.groupCode = :group");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        if (wardCode != null) {
            q.setParameter("ward", wardCode);
        }
        if (groupCode != null) {
            q.setParameter("group", groupCode);
        }
        return q;
    }

    @Override
    public Map<String, Long> luminaireStates() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Luminaire.PowerState s : Luminaire.PowerState.values()) {
            counts.put(s.name(), 0L);
        }
        for (Object[] row : em.createQuery("select l.powerState, count(l) from Luminaire l group by l.powerState", Object[].class)
                .getResultList()) {
            counts.put(((Luminaire.PowerState) row[0]).name(), (Long) row[1]);
        }
        counts.put("FAILED", em.createQuery("select count(l) from Luminaire l where l.lampFailure = true"
                + " or l.dimmingFailure = true or l.supplyLoss = true", Long.class).getSingleResult());
        return counts;
    }

    @Override
    public List<ControlCabinet> cabinets() {
        return em.createQuery("select c from ControlCabinet c order by c.code", ControlCabinet.class).getResultList();
    }

    @Override
    public List<LightingGroup> groups() {
        return em.createQuery("select g from LightingGroup g order by g.code", LightingGroup.class).getResultList();
    }

    @Override
    public Optional<LightingGroup> group(String code) {
        return Optional.ofNullable(code == null ? null : em.find(LightingGroup.class, code));
    }

    @Override
    public List<LightingCalendar> calendars() {
        return em.createQuery("select c from LightingCalendar c order by c.code", LightingCalendar.class).getResultList();
    }

    @Override
    public Optional<LightingCalendar> calendar(String code) {
        return Optional.ofNullable(code == null ? null : em.find(LightingCalendar.class, code));
    }

    @Override
    public List<ControlProgram> programs() {
        return em.createQuery("select p from ControlProgram p order by p.code", ControlProgram.class).getResultList();
    }

    @Override
    public Optional<ControlProgram> program(String code) {
        return Optional.ofNullable(code == null ? null : em.find(ControlProgram.class, code));
    }

    @Override
    public List<SpecialDay> specialDays(LocalDate from, LocalDate to) {
        return em.createQuery("select d from SpecialDay d where d.date >= :from and d.date <= :to order by d.date, d.scope",
                SpecialDay.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Optional<SpecialDay> specialDay(long id) {
        return Optional.ofNullable(em.find(SpecialDay.class, id));
    }

    @Override
    public List<LightingOverride> overrides(Instant from, Instant to) {
        return em.createQuery("select o from LightingOverride o where o.endsAt > :from and o.startsAt < :to"
                + " order by o.startsAt, o.id", LightingOverride.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Optional<LightingOverride> override(long id) {
        return Optional.ofNullable(em.find(LightingOverride.class, id));
    }

    @Override
    public List<LightingFault> openFaults(Collection<String> subjectCodes) {
        if (subjectCodes.isEmpty()) {
            return List.of();
        }
        return InList.select(subjectCodes, "codes", "select f from LightingFault f where f.subjectCode in :codes"
                + " and f.clearedAt is null", jpql -> em.createQuery(jpql, LightingFault.class));
    }

    @Override
    public List<LightingFault> openFaults(int max) {
        return em.createQuery("select f from LightingFault f where f.clearedAt is null order by f.openedAt desc, f.id desc",
                LightingFault.class).setMaxResults(max).getResultList();
    }

    @Override
    public long countOpenFaults() {
        return em.createQuery("select count(f) from LightingFault f where f.clearedAt is null", Long.class).getSingleResult();
    }

    @Override
    public List<LightingFault> faultsAwaitingIncident(Instant openedBefore, Collection<FaultKind> kinds, int max) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select f from LightingFault f where f.clearedAt is null and f.incidentId is null"
                + " and f.openedAt <= :before and f.kind in :kinds order by f.openedAt, f.id", LightingFault.class)
                .setParameter("before", openedBefore).setParameter("kinds", kinds).setMaxResults(max).getResultList();
    }

    @Override
    public List<String> gateways(LightingOverride.Target target, String code) {
        return covering("select distinct l.gateway from Luminaire l", target, code, " order by l.gateway", String.class).getResultList();
    }

    @Override
    public List<String> luminaireCodes(String gateway, LightingOverride.Target target, String code) {
        TypedQuery<String> q = covering("select l.code from Luminaire l", target, code, " and l.gateway = :gateway order by l.code", String.class);
        return q.setParameter("gateway", gateway).getResultList();
    }

    private <T> TypedQuery<T> covering(String select, LightingOverride.Target target, String code, String rest, Class<T> type) {
        String where = switch (target) {
            case CITY -> " where 1 = 1";
            case WARD -> " where l.wardCode = :code";
            case GROUP -> " where l.groupCode = :code";
            case LUMINAIRE -> " where l.code = :code";
        };
        TypedQuery<T> q = em.createQuery(select + where + rest, type);
        return target == LightingOverride.Target.CITY ? q : q.setParameter("code", code);
    }

    @Override
    public List<Luminaire> luminairesOf(String gateway) {
        return em.createQuery("select l from Luminaire l where l.gateway = :gateway order by l.code", Luminaire.class)
                .setParameter("gateway", gateway).getResultList();
    }

    @Override
    public Optional<GatewayCommand> command(String id) {
        return Optional.ofNullable(id == null ? null : em.find(GatewayCommand.class, id));
    }

    @Override
    public List<GatewayCommand> commandsDue(Instant now, int max) {
        return em.createQuery("select c from GatewayCommand c where c.state in :states and c.nextAttemptAt <= :now"
                + " and c.expiresAt > :now order by c.nextAttemptAt, c.createdAt", GatewayCommand.class)
                .setParameter("states", List.of(GatewayCommand.State.PENDING, GatewayCommand.State.SENT))
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public List<GatewayCommand> commandsExpired(Instant now, int max) {
        return em.createQuery("select c from GatewayCommand c where c.state in :states and c.expiresAt <= :now"
                + " order by c.expiresAt", GatewayCommand.class)
                .setParameter("states", List.of(GatewayCommand.State.PENDING, GatewayCommand.State.SENT))
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    @Override
    public List<GatewayCommand> commandsFor(GatewayCommand.Kind kind, String subject) {
        return em.createQuery("select c from GatewayCommand c where c.kind = :kind and c.subject = :subject order by c.createdAt",
                GatewayCommand.class).setParameter("kind", kind).setParameter("subject", subject).getResultList();
    }

    @Override
    public List<GatewayCommand> recentCommands(int max) {
        return em.createQuery("select c from GatewayCommand c order by c.createdAt desc, c.id", GatewayCommand.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void remove(Object entity) {
        em.remove(entity);
    }
}
