/**
 * The official administrative divisions and the jurisdiction's boundary. Division codes follow
 * GB/T 2260 down to the county and the statistical division codes (统计用区划代码) for towns and
 * sub-districts; every problem, unit and responsibility names its place by one of these codes, and
 * reported coordinates are checked against the county's boundary.
 */
package org.ecooversight.region;
