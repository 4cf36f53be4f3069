/**
 * The jurisdiction's policy: every rule of the documents that a jurisdiction may set (rectification
 * periods by channel, the reminder ladder, the 7-day interview report, the look-back interval, the
 * colour thresholds, extensions), read from a YAML file at start-up and validated; a mistake names
 * the key and the line, and the platform refuses to start. Defaults are the documents' values, each
 * with its source.
 */
package org.ecooversight.policy;
