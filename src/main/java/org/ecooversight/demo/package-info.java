/**
 * The demo jurisdiction: Shiquan county (石泉县, 610922), the county whose document
 * (石办发〔2020〕39号) is one of the platform's two sources. Its units follow that document (the
 * departments the task force is drawn from, the committee and its office, the discipline commission,
 * the assessment office, the task force of 10-15 with a leader and a deputy) and the 11 real towns;
 * every person's name is invented and plainly so (张某甲, 李某乙, ...). Loaded once, at start-up,
 * when {@code eco.demo.enabled} is true.
 */
package org.ecooversight.demo;
