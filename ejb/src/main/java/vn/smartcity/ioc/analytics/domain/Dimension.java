package vn.smartcity.ioc.analytics.domain;

/** What the KPI table is grouped by. */
public enum Dimension { DEPARTMENT, CATEGORY, WARD, SOURCE, DAY }
