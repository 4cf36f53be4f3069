/**
 * The official calendar: the State Council's yearly holiday schedules with their adjusted working
 * days (调休), kept as data an administrator extends year by year, and the working-day calendar
 * built from them on which deadlines "in working days" are counted.
 */
package org.ecooversight.calendar;
