/**
 * Numbering (编号): the jurisdiction's per-year number series and their formats. Official documents
 * are numbered prefix〔year〕n号 in one series per kind and year, taken one by one (rectification
 * notices 整改通知书, supervision orders 督办令, accountability cases 问责案件); problem codes
 * (SQ-2026-000001) are taken in blocks. A number is taken in a short transaction of its own, like a
 * database sequence ({@code number_sequence}): never twice, and a number whose action then fails stays
 * unused (a gap). The prefixes are the jurisdiction's ({@code shared.Jurisdiction}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Numbering")
package org.ecooversight.numbering;
