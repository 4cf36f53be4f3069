package org.ecooversight.responsibility;

/** A domain of environmental work (pollution type or industry) by which problems are routed. */
public record Domain(String code, String nameZh, String nameEn) {
}
