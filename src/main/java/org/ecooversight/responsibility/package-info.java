/**
 * The responsibility map (责任清单): for each region and each domain, which unit holds the
 * territorial, regulatory, primary and oversight responsibility. It routes problems: "管行业必须管环保"
 * names the regulating department, the town carries the territorial duty, and a problem across
 * several domains is referred to the same-level party committee and government to designate the
 * responsible units (Q: 受理机制 "情况复杂、涉及多个行业领域问题，由同级党委政府负责确定责任单位").
 */
package org.ecooversight.responsibility;
