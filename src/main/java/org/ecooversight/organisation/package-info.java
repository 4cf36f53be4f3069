/**
 * The organisation (组织): units (party committees and governments, the protection committee and its
 * office, functional departments, the discipline commission, the assessment office, the task force,
 * towns, parks and enterprises), persons, the posts they hold and when they held them, so that
 * "who held this post on that day" can be answered when responsibility is pursued
 * (Q: 党政同责、一岗双责; S: 二(一) 组建一个专班).
 */
package org.ecooversight.organisation;
