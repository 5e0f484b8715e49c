package vn.smartcity.ioc.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.incident.domain.Incident;
import vn.smartcity.ioc.incident.domain.IncidentSource;
import vn.smartcity.ioc.incident.domain.Location;
import vn.smartcity.ioc.incident.domain.Priority;
import vn.smartcity.ioc.incident.domain.SourceKind;
import vn.smartcity.ioc.report.domain.CitizenReport;
import vn.smartcity.ioc.report.domain.ReportCategory;
import vn.smartcity.ioc.report.domain.ReportChannel;
import vn.smartcity.ioc.report.domain.Reporter;
import vn.smartcity.ioc.secmon.domain.SecurityAlert;
import vn.smartcity.ioc.secmon.domain.SecurityEvent;
import vn.smartcity.ioc.secmon.domain.SyslogParser;
import vn.smartcity.ioc.violation.application.CandidateRejected;
import vn.smartcity.ioc.violation.application.CheckedCandidate;
import vn.smartcity.ioc.violation.application.ViolationProcessing;
import vn.smartcity.ioc.violation.application.ViolationReview;
import vn.smartcity.ioc.violation.domain.FineRuleBook;
import vn.smartcity.ioc.violation.domain.PenaltyNotice;
import vn.smartcity.ioc.violation.domain.PendingCandidate;
import vn.smartcity.ioc.violation.domain.Plate;
import vn.smartcity.ioc.violation.domain.Vehicle;
import vn.smartcity.ioc.violation.domain.VehicleClass;
import vn.smartcity.ioc.violation.domain.VehicleOwner;
import vn.smartcity.ioc.violation.domain.Violation;
import vn.smartcity.ioc.violation.domain.ViolationCandidate;
import vn.smartcity.ioc.violation.domain.ViolationKind;
import vn.smartcity.ioc.violation.domain.ViolationRepository;
import vn.smartcity.ioc.violation.infrastructure.PdfNoticeRenderer;

/**
 * Loads the demo city on the first start of the embedded defaults: only when {@code IOC_DEMO_DATA} is
 * {@code true} and the database holds no incident yet (so a restart, or a city's database, is never touched).
 * Everything goes through the domain model with times of the last three weeks.
 */
@Singleton
@Startup
public class DemoCity {

    private static final Logger LOG = Logger.getLogger(DemoCity.class.getName());
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Where run-demo.sh serves its news feed. */
    static final String NEWS_FEED = "http://127.0.0.1:8099/tin-lai-chau.xml";

    /** One problem of the demo: what, where, and how far the city got with it. */
    record Problem(String category, String ward, double lat, double lon, String address, String description,
                   int daysAgo, int hour, String outcome) {
    }

    static final List<Problem> PROBLEMS = List.of(
            new Problem("flooding", "TAN_PHONG", 22.3961, 103.4588, "Đường Trần Hưng Đạo, trước chợ Tân Phong",
                    "Nước ngập sâu khoảng 40 cm sau mưa lớn, xe máy chết máy giữa đường.", 20, 7, "closed:5"),
            new Problem("road-damage", "DOAN_KET", 22.3870, 103.4690, "Đại lộ Lê Lợi, gần ngã ba Nguyễn Chí Thanh",
                    "Ổ gà lớn giữa làn đường, đã có xe máy ngã buổi tối.", 19, 18, "closed:4"),
            new Problem("street-light", "TAN_PHONG", 22.3950, 103.4600, "Đường Trần Phú, đoạn trước trường Lê Quý Đôn",
                    "Ba cột đèn liền nhau không sáng, đoạn đường tối hẳn.", 17, 20, "closed:3"),
            new Problem("waste", "DOAN_KET", 22.3858, 103.4712, "Góc chợ trung tâm Đoàn Kết",
                    "Rác tồn đọng nhiều ngày ở góc chợ, bốc mùi.", 16, 9, "closed:5"),
            new Problem("fallen-tree", "TAN_PHONG", 22.3972, 103.4570, "Quảng trường Nhân dân tỉnh",
                    "Cây đổ sau giông, chắn một nửa vỉa hè.", 15, 16, "closed:4"),
            new Problem("sidewalk-encroachment", "TAN_PHONG", 22.3966, 103.4579, "Phố Lê Duẩn",
                    "Quán bày bàn ghế kín vỉa hè, người đi bộ phải xuống lòng đường.", 14, 10, "closed:2"),
            new Problem("power-outage", "TAM_DUONG", 0, 0, "Bản Hon, xã Tam Đường",
                    "Mất điện cả bản từ chiều qua.", 13, 19, "closed:5"),
            new Problem("road-damage", "SIN_HO", 0, 0, "Tỉnh lộ 128, km 12",
                    "Sạt một phần mặt đường, xe tải đi qua rất nguy hiểm.", 12, 8, "resolved"),
            new Problem("flooding", "DOAN_KET", 22.3865, 103.4705, "Đường 19/5, phường Đoàn Kết",
                    "Cống thoát nước bị tắc, nước tràn lên đường mỗi khi mưa.", 11, 6, "resolved"),
            new Problem("pollution", "TAN_PHONG", 22.3940, 103.4610, "Suối Nậm Lỏong, đoạn qua tổ 12",
                    "Nước suối có màu lạ và mùi hôi, nghi xả thải.", 10, 14, "in-progress"),
            new Problem("street-light", "DOAN_KET", 22.3880, 103.4680, "Đường Nguyễn Chí Thanh",
                    "Đèn chiếu sáng nhấp nháy cả đêm.", 9, 21, "in-progress"),
            new Problem("waste", "TAN_PHONG", 22.3958, 103.4592, "Tổ 7, phường Tân Phong",
                    "Xe thu gom rác không đến đã ba ngày.", 8, 7, "in-progress"),
            new Problem("traffic", "TAN_PHONG", 22.3958, 103.4589, "Ngã tư Trần Hưng Đạo – Lê Duẩn",
                    "Đèn tín hiệu giao thông hỏng, ùn tắc giờ tan tầm.", 7, 17, "assigned"),
            new Problem("illegal-construction", "DOAN_KET", 22.3855, 103.4720, "Tổ 3, phường Đoàn Kết",
                    "Nhà dân xây lấn ra hành lang đường.", 6, 11, "assigned"),
            new Problem("road-damage", "TAN_PHONG", 22.3962, 103.4575, "Đường Võ Nguyên Giáp",
                    "Nắp hố ga bị vỡ, rất nguy hiểm cho xe máy.", 5, 8, "assigned"),
            new Problem("public-order", "DOAN_KET", 22.3860, 103.4710, "Chợ trung tâm Đoàn Kết",
                    "Nhóm thanh niên tụ tập, gây ồn ào đến khuya.", 4, 23, "triaged"),
            new Problem("flooding", "PHONG_THO", 0, 0, "Quốc lộ 12, xã Phong Thổ",
                    "Nước lũ tràn qua ngầm, xe không qua được.", 3, 5, "triaged"),
            new Problem("fallen-tree", "DOAN_KET", 22.3875, 103.4695, "Đường Lê Lợi",
                    "Cành cây lớn gãy treo lơ lửng trên đường.", 2, 15, "new"),
            new Problem("waste", "SIN_HO", 0, 0, "Trung tâm xã Sìn Hồ",
                    "Bãi rác tự phát cạnh trường học.", 1, 9, "new"),
            new Problem("street-light", "TAN_PHONG", 22.3945, 103.4605, "Đường Trần Phú",
                    "Đèn không sáng, đoạn đường rất tối.", 1, 20, "new"),
            new Problem("sidewalk-encroachment", "DOAN_KET", 22.3866, 103.4701, "Phố Nguyễn Chí Thanh",
                    "Xe ô tô đỗ kín vỉa hè cả ngày.", 0, 8, "new"),
            new Problem("road-damage", "DOAN_KET", 22.3869, 103.4699, "Đại lộ Lê Lợi",
                    "Quảng cáo dựng trái phép che khuất tầm nhìn tại ngã ba.", 9, 10, "rejected"));

    static final String[] NAMES = {"Lò Văn Hùng", "Tẩn Thị Mây", "Nguyễn Thị Lan", "Vàng A Chính", "Đỗ Minh Tuấn",
            "Lường Văn Sơn", "Trần Thu Hà", "Giàng Thị Dung"};

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    ViolationProcessing processing;

    @Inject
    ViolationRepository repository;

    @Inject
    PdfNoticeRenderer renderer;

    @Inject
    vn.smartcity.ioc.dossier.application.DossierIngest dossierIngest;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void start() {
        if (!"true".equalsIgnoreCase(System.getenv("IOC_DEMO_DATA"))) {
            return;
        }
        if (em.createQuery("select count(i) from Incident i", Long.class).getSingleResult() > 0) {
            LOG.info("demo city: the database already holds incidents, nothing loaded");
            return;
        }
        load();
    }

    /** Loads the demo city; returns how many incidents it made. */
    int load() {
        Instant now = clock.instant();
        Random random = new Random(766);
        int n = 0;
        for (Problem p : PROBLEMS) {
            incident(p, now, random, n++);
        }
        violations(now);
        security(now);
        dossiers(now);
        lighting(now);
        // the worker of run-demo.sh watches LC-TP-001, where a person wanders in the restricted zone: a live alert
        em.persist(new vn.smartcity.ioc.camera.domain.DetectionRule("demo-restricted-tp001",
                new vn.smartcity.ioc.camera.domain.RuleSettings("Người vào khu vực cấm – Ngã tư Trần Hưng Đạo (demo)",
                        vn.smartcity.ioc.camera.domain.RuleKind.PRESENCE, "LC-TP-001", "restricted", List.of("person"),
                        null, null, 0.5, null, null, vn.smartcity.ioc.camera.domain.Severity.WARNING, "public-order", true),
                "demo", now));
        // the local news feed that wildfly-config/demo/run-demo.sh serves (new articles every few minutes)
        em.persist(new vn.smartcity.ioc.media.domain.MediaSource("tin-demo", "Tin tức Lai Châu (demo, máy này)",
                NEWS_FEED, 1, true, "demo", now));
        em.flush();
        LOG.info(() -> "demo city loaded: " + PROBLEMS.size() + " incidents with their citizen reports, violation"
                + " candidates, security events and alerts of the last three weeks (IOC_DEMO_DATA=true)");
        return PROBLEMS.size();
    }

    private void incident(Problem p, Instant now, Random random, int n) {
        ReportCategory category = em.createNamedQuery("ReportCategory.findByCode", ReportCategory.class)
                .setParameter("code", p.category()).getSingleResult();
        Instant at = LocalDate.now(VIETNAM).minusDays(p.daysAgo()).atTime(p.hour(), 10 + n).atZone(VIETNAM).toInstant();
        if (at.isAfter(now)) {
            at = now.minus(Duration.ofMinutes(30L + n));
        }
        Double lat = p.lat() == 0 ? null : p.lat();
        Double lon = p.lon() == 0 ? null : p.lon();
        String name = NAMES[n % NAMES.length];
        CitizenReport report = new CitizenReport(p.category(), p.description(), p.ward(), p.address(), lat, lon, null,
                new Reporter(name, "09" + String.format("%08d", 12345678 + n * 7919), null), "vi",
                n % 3 == 0 ? ReportChannel.OPEN311 : ReportChannel.PORTAL, null, "demo-" + n, at);
        em.persist(report);
        em.flush();
        Location where = new Location(p.ward(), p.address(), lat, lon);
        String department = category.departmentFor(p.ward()).getCode();
        Incident incident = Incident.open(category.getNameVi() + ": " + p.address(), p.description(), p.category(),
                department, Duration.ofHours(category.getSlaHours()), where,
                new IncidentSource(SourceKind.CITIZEN_REPORT, "report " + report.getId(), at), "citizen", at);
        em.persist(incident);
        em.flush();
        report.feeds(incident.getId());
        if (n % 3 == 0) {
            photo(report, n, at);
        }
        String handler = department.equals("CA") ? "police-handler" : "handler";
        Instant t = at.plus(Duration.ofMinutes(20 + random.nextInt(40)));
        String outcome = p.outcome();
        if (outcome.equals("new")) {
            return;
        }
        if (outcome.equals("rejected")) {
            incident.reject("Không thuộc thẩm quyền xử lý của UBND; đã chuyển thông tin cho Sở Xây dựng.", "operator", t);
            return;
        }
        incident.triage(p.category().equals("public-order") || p.category().equals("flooding") ? Priority.HIGH : Priority.NORMAL,
                null, "operator", t);
        if (outcome.equals("triaged")) {
            return;
        }
        t = t.plus(Duration.ofMinutes(15 + random.nextInt(30)));
        incident.assign(department, department.equals("SXD") ? "handler" : null, null, "supervisor", t);
        if (outcome.equals("assigned")) {
            return;
        }
        t = t.plus(Duration.ofHours(1 + random.nextInt(3)));
        incident.start(handler, t);
        if (outcome.equals("in-progress")) {
            incident.addNote("Đã cử tổ công tác đến hiện trường.", vn.smartcity.ioc.incident.domain.Visibility.PUBLIC, handler,
                    t.plus(Duration.ofMinutes(30)));
            return;
        }
        t = t.plus(Duration.ofHours(2 + random.nextInt(Math.max(1, category.getSlaHours()))));
        incident.resolve("Đơn vị đã xử lý xong tại hiện trường. Cảm ơn bạn đã phản ánh.", handler, t);
        if (outcome.equals("resolved")) {
            return;
        }
        t = t.plus(Duration.ofHours(3));
        incident.close("operator", t);
        int stars = Integer.parseInt(outcome.substring("closed:".length()));
        Instant rated = t.plus(Duration.ofHours(5));
        report.rate(stars, stars >= 4 ? "Xử lý nhanh, cảm ơn." : "Xử lý chậm.", rated);
        incident.recordRating(stars, report.getRatingComment(), "citizen", rated);
    }

    /** A citizen's photo of the problem (a drawn scene, cleaned as the portal cleans uploads); every other one public. */
    private void photo(CitizenReport report, int n, Instant at) {
        try {
            vn.smartcity.ioc.report.domain.ReportPhoto photo = new vn.smartcity.ioc.report.domain.ReportPhoto(report.getId(), 1,
                    new vn.smartcity.ioc.report.infrastructure.MetadataFreePhotoCleaner().clean(DemoImage.jpeg()));
            if (n % 2 == 0) {
                photo.review(true, "operator", at.plus(Duration.ofMinutes(30)));
            }
            em.persist(photo);
        } catch (vn.smartcity.ioc.report.domain.PhotoCleaner.RejectedPhoto e) {
            throw new IllegalStateException("the demo photo is not a photo", e);
        }
    }

    /**
     * The traffic cameras' candidates, through the violation job's own steps: with plates of registered vehicles, one
     * unregistered (manual review), two without a plate (the officers' plate queue); then officers' decisions, so
     * that the traffic pages and the citizens' look-up show a violation in each state: a notice issued (its PDF),
     * confirmed by two officers, rejected with a reason, and awaiting review.
     */
    private void violations(Instant now) {
        byte[] evidence = DemoImage.jpeg();
        String sha = sha256(evidence);
        String[][] vehicles = {{"25A-123.45", "CAR", "Nguyễn Văn An"}, {"25A-246.80", "CAR", "Lò Thị Bình"},
                {"25-B1 234.56", "MOTORBIKE", "Vàng A Páo"}, {"25C-135.79", "TRUCK", "Công ty Vận tải Tam Đường"},
                {"25A-468.02", "CAR", "Tẩn Văn Sáng"}};
        for (String[] v : vehicles) {
            em.persist(new Vehicle(Plate.parse(v[0]).orElseThrow(), VehicleClass.valueOf(v[1]), v[2],
                    "Phường Tân Phong, Lai Châu", now));
        }
        // oldest first: the first becomes a notice, the second is confirmed, the third rejected, the rest wait
        Object[][] seen = {{"LC-TP-001", ViolationKind.RED_LIGHT, "25A-123.45", 9}, {"LC-TP-001", ViolationKind.SPEEDING, "25A-246.80", 6},
                {"LC-DK-001", ViolationKind.RED_LIGHT, "25-B1 234.56", 4}, {"LC-DK-001", ViolationKind.WRONG_WAY, "25C-135.79", 2},
                {"LC-TP-003", ViolationKind.RED_LIGHT, "25A-468.02", 1}, {"LC-TP-003", ViolationKind.SPEEDING, "30A-999.99", 1},
                {"LC-TP-001", ViolationKind.RED_LIGHT, null, 1}, {"LC-TP-003", ViolationKind.SPEEDING, null, 0}};
        List<ViolationCandidate> candidates = new ArrayList<>();
        for (Object[] s : seen) {
            Instant at = now.minus(Duration.ofDays((int) s[3])).minus(Duration.ofHours(2));
            boolean speeding = s[1] == ViolationKind.SPEEDING;
            ViolationCandidate candidate = new ViolationCandidate((String) s[0], (ViolationKind) s[1], (String) s[2],
                    s[2] == null ? VehicleClass.CAR : null, at, speeding ? 78 : null, speeding ? 50 : null,
                    "Lai Châu, camera " + s[0], evidence, sha);
            em.persist(candidate);
            candidates.add(candidate);
        }
        em.flush();
        // the job's steps (the candidate's check, the registry, the fine schedule in force), each violation stored
        // as an entity: the job's set-based insert bypasses the audit of this one transaction's later decisions
        FineRuleBook rules = processing.ruleBook();
        Map<String, VehicleOwner> owners = new HashMap<>();
        repository.owners(List.of(vehicles).stream().map(v -> Plate.parse(v[0]).orElseThrow().canonical()).toList())
                .forEach(o -> owners.put(o.plate(), o));
        List<Long> processed = new ArrayList<>();
        for (ViolationCandidate c : candidates) {
            PendingCandidate pending = new PendingCandidate(c.getId(), c.getCameraCode(), c.getKind(), c.getPlateText(),
                    c.getVehicleClass(), c.getObservedAt(), c.getSpeedKmh(), c.getLimitKmh(), c.getPlace(),
                    c.getEvidence(), c.getEvidenceSha256());
            try {
                CheckedCandidate checked = processing.check(pending);
                VehicleOwner owner = owners.get(checked.plate().canonical());
                VehicleClass vehicleClass = owner != null ? owner.vehicleClass() : VehicleClass.CAR;
                em.persist(Violation.establish(pending, checked.plate(), owner, rules.rule(LocalDate.ofInstant(
                        c.getObservedAt(), VIETNAM), c.getKind(), vehicleClass, pending.overKmh()).orElse(null), null, now));
                processed.add(c.getId());
            } catch (CandidateRejected e) {
                processing.skipped(c.getId(), null, e.storedReason(), e.plateReview());
            }
        }
        repository.markCandidates(ViolationCandidate.Status.PROCESSED, processed);
        em.flush();
        List<Violation> established = em.createQuery("select v from Violation v where v.state = :s order by v.observedAt",
                Violation.class).setParameter("s", Violation.State.AWAITING_REVIEW).getResultList();
        Violation notice = established.get(0);
        Violation confirmed = established.get(1);
        for (Violation v : List.of(notice, confirmed)) {
            Instant reviewed = v.getObservedAt().plus(Duration.ofDays(1));
            if (!v.confirm("traffic-officer", ViolationReview.SECOND_OFFICER_FROM, reviewed)) {
                v.confirm("traffic-officer-2", ViolationReview.SECOND_OFFICER_FROM, reviewed.plus(Duration.ofMinutes(20)));
            }
        }
        established.get(2).reject("Xe ưu tiên đang làm nhiệm vụ (cứu thương) / an ambulance on duty", "traffic-officer",
                established.get(2).getObservedAt().plus(Duration.ofDays(1)));
        String number = PenaltyNotice.numberOf(notice, VIETNAM);
        Instant issued = notice.getObservedAt().plus(Duration.ofDays(2));
        byte[] pdf = renderer.render(notice, number, evidence, issued);
        repository.addNotice(new PenaltyNotice(notice.getId(), number, issued, pdf, sha256(pdf), 0));
        notice.noticeIssued(issued);
    }

    /** A week of the city's systems in the security monitor: failed logins, a port scan, an antivirus finding. */
    /**
     * Dossiers of three demo procedures over the last three weeks, through the import's rules: finished early, on
     * time and late, one waiting for documents, one refused, one withdrawn, open ones (one overdue, one due soon).
     */
    private void lighting(Instant now) {
        String[][] groups = {{"G-TRAN-PHU", "Đường Trần Phú", "Tran Phu road"}, {"G-TRAN-HUNG-DAO", "Đường Trần Hưng Đạo",
                "Tran Hung Dao road"}, {"G-LE-LOI", "Đại lộ Lê Lợi", "Le Loi avenue"}, {"G-QUANG-TRUONG",
                "Quảng trường Nhân dân tỉnh", "Provincial People's Square"}};
        for (String[] g : groups) {
            em.persist(new vn.smartcity.ioc.lighting.domain.LightingGroup(g[0], g[1], g[2], "CAL-CITY"));
        }
        em.persist(new vn.smartcity.ioc.lighting.domain.ControlCabinet("TD-TP-01", "Tủ chiếu sáng Tân Phong 01", 22.3962,
                103.4585, "TAN_PHONG", "Lộ 471", "CT-TP-01", "gw-tp-01"));
        em.persist(new vn.smartcity.ioc.lighting.domain.ControlCabinet("TD-DK-01", "Tủ chiếu sáng Đoàn Kết 01", 22.3868,
                103.4692, "DOAN_KET", "Lộ 473", "CT-DK-01", "gw-dk-01"));
        // the same register wildfly-config/demo/run-demo.sh hands to the gateway simulator
        try (var in = DemoCity.class.getResourceAsStream("/demo/lighting-luminaires.csv")) {
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(";", -1);
                if (f.length == 12) {
                    em.persist(new vn.smartcity.ioc.lighting.domain.Luminaire(f[0], Double.parseDouble(f[1]),
                            Double.parseDouble(f[2]), f[3], f[4], f[5], f[6], Integer.parseInt(f[7]), "yes".equals(f[8]),
                            f[11], f[9], f[10]));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // Tết 2027: full all night from New Year's Eve (5 February) to the fourth day
        for (int d = 5; d <= 9; d++) {
            em.persist(new vn.smartcity.ioc.lighting.domain.SpecialDay(java.time.LocalDate.of(2027, 2, d), null,
                    d == 5 ? "Giao thừa Tết Đinh Mùi" : "Tết Nguyên Đán (mùng " + (d - 5) + ")",
                    d == 5 ? "Lunar New Year's Eve" : "Lunar New Year, day " + (d - 5), "P-FESTIVAL"));
        }
        em.persist(new vn.smartcity.ioc.lighting.domain.SpecialDay(java.time.LocalDate.of(2027, 1, 1), null,
                "Tết Dương lịch", "New Year's Day", "P-FESTIVAL"));
        // the gateways get their schedule as soon as they connect (afterwards every day at noon)
        String today = java.time.LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        for (String gateway : List.of("gw-tp-01", "gw-dk-01")) {
            em.persist(new vn.smartcity.ioc.lighting.domain.GatewayCommand(gateway,
                    vn.smartcity.ioc.lighting.domain.GatewayCommand.Kind.SCHEDULE, today, now, now.plus(java.time.Duration.ofDays(1))));
        }
    }

    private void dossiers(Instant now) {
        Object[][] procedures = {
                {"DEMO.XD.01", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Building permit for a house", "Xây dựng", "SXD", 15},
                {"DEMO.CT.01", "Đăng ký thường trú", "Permanent residence registration", "Cư trú", "CA", 7},
                {"DEMO.HT.01", "Đăng ký khai sinh", "Birth registration", "Hộ tịch", "UBND_TAN_PHONG", 1}};
        for (Object[] p : procedures) {
            em.persist(new vn.smartcity.ioc.dossier.domain.AdministrativeProcedure((String) p[0], (String) p[1], (String) p[2],
                    (String) p[3], vn.smartcity.ioc.dossier.domain.AdministrativeProcedure.Level.PROVINCE, (String) p[4],
                    vn.smartcity.ioc.dossier.domain.ProcessingLimit.workingDays((Integer) p[5]), null, now));
        }
        em.flush();
        java.time.ZonedDateTime today = LocalDate.ofInstant(now, VIETNAM).atTime(8, 0).atZone(VIETNAM);
        List<vn.smartcity.ioc.dossier.application.DossierEventLine> lines = new ArrayList<>();
        // code, procedure, days ago received, then the steps: kind@working hours after reception
        Object[][] dossiers = {
                {"DEMO-HT-001", "DEMO.HT.01", 20, "RESULT_READY@3", "RETURNED@4"},
                {"DEMO-HT-002", "DEMO.HT.01", 15, "RESULT_READY@8", "RETURNED@9"},
                {"DEMO-HT-003", "DEMO.HT.01", 12, "RESULT_READY@30", "RETURNED@31"},
                {"DEMO-HT-004", "DEMO.HT.01", 9, "REFUSED@2"},
                {"DEMO-CT-001", "DEMO.CT.01", 21, "TRANSFERRED@2", "RESULT_READY@40", "RETURNED@48"},
                {"DEMO-CT-002", "DEMO.CT.01", 18, "TRANSFERRED@2", "SUPPLEMENT_REQUESTED@10", "RESUMED@60", "RESULT_READY@80"},
                {"DEMO-CT-003", "DEMO.CT.01", 16, "TRANSFERRED@2"},
                {"DEMO-CT-004", "DEMO.CT.01", 3, "TRANSFERRED@2"},
                {"DEMO-CT-005", "DEMO.CT.01", 6, "SUPPLEMENT_REQUESTED@5"},
                {"DEMO-XD-001", "DEMO.XD.01", 21, "TRANSFERRED@4", "RESULT_READY@100", "RETURNED@104"},
                {"DEMO-XD-002", "DEMO.XD.01", 14, "TRANSFERRED@4", "WITHDRAWN@20"},
                {"DEMO-XD-003", "DEMO.XD.01", 10, "TRANSFERRED@4"}};
        int n = 0;
        for (Object[] d : dossiers) {
            java.time.ZonedDateTime received = today.minusDays((Integer) d[2]);
            while (received.getDayOfWeek().getValue() > 5) {
                received = received.minusDays(1);
            }
            Instant at = received.toInstant();
            String code = (String) d[0];
            lines.add(new vn.smartcity.ioc.dossier.application.DossierEventLine(++n, code + "-1", code,
                    vn.smartcity.ioc.dossier.domain.DossierEvent.Kind.RECEIVED, at, (String) d[1], null, "TTPVHCC",
                    n % 2 == 0 ? vn.smartcity.ioc.dossier.domain.Channel.ONLINE : vn.smartcity.ioc.dossier.domain.Channel.DESK,
                    null, null));
            for (int i = 3; i < d.length; i++) {
                String[] step = ((String) d[i]).split("@");
                // working hours after reception, as a rough 8 office hours a day, 5 days a week
                long hours = Long.parseLong(step[1]);
                Instant when = received.plusDays(hours / 8 / 5 * 7 + hours / 8 % 5).plusHours(hours % 8).toInstant();
                if (!when.isBefore(now)) {
                    break;
                }
                vn.smartcity.ioc.dossier.domain.DossierEvent.Kind kind = vn.smartcity.ioc.dossier.domain.DossierEvent.Kind.valueOf(step[0]);
                lines.add(new vn.smartcity.ioc.dossier.application.DossierEventLine(++n, code + "-" + i, code, kind, when, null,
                        null, kind == vn.smartcity.ioc.dossier.domain.DossierEvent.Kind.TRANSFERRED ? "SO_CHUYEN_MON" : null, null,
                        kind == vn.smartcity.ioc.dossier.domain.DossierEvent.Kind.SUPPLEMENT_REQUESTED ? "Thiếu bản sao giấy tờ tùy thân"
                                : kind == vn.smartcity.ioc.dossier.domain.DossierEvent.Kind.REFUSED ? "Hồ sơ không thuộc thẩm quyền" : null,
                        kind == vn.smartcity.ioc.dossier.domain.DossierEvent.Kind.RETURNED ? 4 + n % 2 : null));
            }
        }
        var outcome = dossierIngest.lenient(lines);
        if (!outcome.problems().isEmpty()) {
            LOG.warning("demo city: dossier events refused: " + outcome.problems());
        }
        em.flush();
    }

    private void security(Instant now) {
        String[] lines = {
                "<38>1 %s dvc-portal sshd - - - Failed password for invalid user admin from 203.0.113.45 port 52211 ssh2",
                "<38>1 %s dvc-portal sshd - - - Failed password for root from 203.0.113.45 port 52212 ssh2",
                "<134>1 %s fw01 kernel - - - DROP IN=eth0 SRC=198.51.100.7 DST=10.10.0.5 DPT=3389",
                "<134>1 %s mail01 postfix - - - connect from unknown[192.0.2.10]",
                "<132>1 %s pc-snnmt-12 av - - - CEF:0|Vendor|AV|1.0|MW|Malware detected|9|src=10.20.3.12 msg=Trojan.Agent quarantined"};
        for (int day = 6; day >= 0; day--) {
            for (int i = 0; i < lines.length; i++) {
                Instant at = now.minus(Duration.ofDays(day)).minus(Duration.ofMinutes(37L * (i + 1)));
                String raw = String.format(lines[i], at);
                int level = i < 2 ? 3 : i == 4 ? 13 : 0;
                try {
                    em.persist(new SecurityEvent(SyslogParser.parse(raw, "10.10.0.1", "UDP", at), level,
                            i < 2 ? "auth-failed" : i == 4 ? "malware" : null));
                } catch (vn.smartcity.ioc.secmon.domain.InvalidSyslogException e) {
                    throw new IllegalStateException("a demo line is not syslog: " + raw, e);
                }
            }
        }
        em.persist(new SecurityAlert("brute-force-ip", 10, 10, "Dò mật khẩu từ một địa chỉ / brute force from one address",
                "dvc-portal", "203.0.113.45", 6, "Failed password for root from 203.0.113.45", now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(2))));
        em.persist(new SecurityAlert("malware", 13, 13, "Phát hiện mã độc / malware detected", "pc-snnmt-12",
                "pc-snnmt-12", 1, "Trojan.Agent quarantined", now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(1))));
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
