package vn.smartcity.ioc.lighting.domain;

/** Why a luminaire burns at a level, in the order of precedence. */
public enum LevelSource { OVERRIDE, SPECIAL_DAY, PROGRAM, DEFAULT }
