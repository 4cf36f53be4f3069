/**
 * Throttling (频次限制): attempts counted per subject (a client address, an account) in windows kept
 * in the database, so that every instance on one database shares them and N instances do not allow N
 * times a limit. The public report limit and the sign-in lock-out (等保三级: 登录失败处理) both count
 * here; expired counters are deleted by a persisted task (ADR 0010).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Throttling")
package org.ecooversight.throttle;
