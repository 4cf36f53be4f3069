/**
 * The public portal (公众门户): every page and API a citizen uses without signing in. Report a problem,
 * anonymously or with contact details, and get a tracking code (Q, 二是收集机制: 问题线索获取途径); look up
 * where it stands and the public reply, and rate the handling once it is closed (S, 二(三)2 坚持民意导向:
 * "件件有落实、事事有回音、不断增强群众对生态环境保护工作的满意度"); the disclosure list of problems under a
 * listed supervision order and of those struck off, and the typical cases (Q, 八是宣传机制: "向社会公开通报
 * ... 整改情况，曝光整改不力、追责问责典型案例"). Reports are limited per client address, the form and the
 * API together ({@link org.ecooversight.portal.PublicReportLimit}). The portal decides nothing itself:
 * it receives through intake, reads through the ledger's and publicity's queries, and counts through
 * throttle; it sees their ids, values and queries, never an aggregate, and no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal",
		allowedDependencies = { "intake", "ledger", "publicity", "throttle", "region", "responsibility", "attachment",
				"shared" })
package org.ecooversight.portal;
