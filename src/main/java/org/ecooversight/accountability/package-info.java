/**
 * Accountability, the discipline organ's own module: the trigger mechanism (Q, 常态化监管问题责任追究
 * 触发机制: what triggers accountability, who pursues it, whose responsibility), triggered by the
 * jurisdiction's rules on the ledger's facts, by referral (passive) or by the discipline organ itself
 * (active); the queue where each trigger is assessed (综合研判、分类处置); cases that pursue the three
 * responsibilities together (三责同追) against the persons in post at the time of the failure; the
 * four forms, the three distinctions and mitigation as recorded decisions; referrals to law
 * enforcement, the discipline organ and the judiciary (S, 五项机制4); figures for bulletins and
 * assessment. Only discipline roles see cases; every read is recorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accountability")
package org.ecooversight.accountability;
