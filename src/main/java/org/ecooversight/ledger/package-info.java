/**
 * The problem ledger (问题清单 / 台账): intake decisions on leads, and the life of a problem from
 * acceptance to closure and look-back. A problem is accepted (Q, 受理机制), designated to a lead unit
 * and co-units by the party committee and government when it spans several domains, assigned with a
 * written rectification notice and a deadline copied to the leaders in charge, the discipline
 * commission and the assessment office (S, 五项机制 1. 问题交办机制), rectified with progress reports or
 * as a long-term ledger entry with milestones (Q: "对一时难以整改的建立台账、逐步推进"), judged on its
 * measures, progress and effect (Q, 评判机制), struck off after the acceptance check (验收销号), and
 * looked back at (回头看, S 四个重点 4; Q 强化政治监督).
 */
package org.ecooversight.ledger;
