/**
 * Policy and the sector's voice: the Arts Forum (members, meetings, agendas, papers, minutes, the
 * issues members raise and the actions carried from meeting to meeting), consultations answered online
 * and on paper with the alliance's published response, briefings, and the influence log.
 */
@ApplicationModule(allowedDependencies = { "shared", "accounts", "accounts :: security", "members", "events", "content",
        "taxonomy" })
package uk.org.ncjaa.springboard.policy;

import org.springframework.modulith.ApplicationModule;
