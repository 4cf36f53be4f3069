/**
 * Publicity (宣传机制): typical cases on the public portal. The provincial opinions ask to "曝光整改不力、
 * 追责问责典型案例，营造良好氛围" (Q, 宣传机制); the county's mechanism exposes "有典型性、苗头性问题的市场主体
 * 或自然人" through the media (S, 五项机制2 通报曝光机制), and its committee office "总结提炼 ... 典型经验"
 * (S, 三(一)). A typical case is published by the roles the jurisdiction's policy names (the committee
 * office and the task force leader by default) with a title, a category, optionally the town and a
 * related problem of the ledger, and the public write-up; it can be withdrawn with a reason, and then
 * leaves the portal but stays in the record. Publishing and withdrawing are events of the case's own
 * stream in the tamper-evident record. A write-up never carries a reporter's identity: when a related
 * problem is named, the write-up is checked against the name and phone number its reporters gave.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publicity")
package org.ecooversight.publicity;
