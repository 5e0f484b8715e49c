package vn.smartcity.ioc.analytics.application;

import java.time.Instant;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import vn.smartcity.ioc.city.domain.WardKind;
import vn.smartcity.ioc.city.domain.CityRepository;
import vn.smartcity.ioc.identity.domain.Roles;
import jakarta.inject.Inject;

/** The console dashboard's figures, counted in the database on each call. */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.SUPERVISOR, Roles.HANDLER, Roles.TRAFFIC_OFFICER, Roles.ANALYST,
        Roles.ADMIN, Roles.AUDITOR})
public class OperationsDashboard {

    @PersistenceContext(unitName = "ioc")
    EntityManager em;

    @Inject
    CityRepository city;

    public DashboardFigures figures() {
        Map<WardKind, Long> wards = city.wardCountsByKind();
        long departments = em.createQuery("select count(d) from Department d where d.active = true", Long.class)
                .getSingleResult();
        long categories = em.createQuery("select count(c) from ReportCategory c where c.active = true", Long.class)
                .getSingleResult();
        JobOperator batch = BatchRuntime.getJobOperator();
        long jobs = batch.getJobNames().stream().mapToLong(batch::getJobInstanceCount).sum();
        return new DashboardFigures(wards.getOrDefault(WardKind.WARD, 0L), wards.getOrDefault(WardKind.COMMUNE, 0L),
                departments, categories, jobs, Instant.now());
    }
}
