/**
 * The tamper-evident record (留痕): every change to a recorded aggregate is an event appended to an
 * append-only store; the events of one stream form an SM3 hash chain, and periodic checkpoints
 * chain the heads of all streams into one root. Verification names the first stream and event that
 * no longer match. This is what makes the platform "provable after the fact": the county document
 * forbids the task force to "隐瞒、歪曲、捏造问题事实" (S, 三(三)), and the record shows that nothing was.
 */
package org.ecooversight.audit;
