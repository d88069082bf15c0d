/**
 * Events and training: conferences, courses, webinars, networking and the Arts Forum; bookings that
 * are never overbooked, a fair waiting list, payments by invoice or card, calendar files, reminders,
 * check-in on the day and feedback afterwards.
 */
@ApplicationModule(allowedDependencies = { "shared", "taxonomy", "members", "directory", "accounts",
    "accounts :: security" })
package uk.org.ncjaa.springboard.events;

import org.springframework.modulith.ApplicationModule;
