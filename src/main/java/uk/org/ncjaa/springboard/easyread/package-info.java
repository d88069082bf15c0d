/**
 * Easy read: the journeys people most often take (what the alliance does, joining, the privacy notice
 * and consent choices, booking a place, the equality questions, mentoring and consultations) in short
 * sentences and everyday words, one idea a line, each beside a picture, in English and Welsh. Each page
 * leads to the full page it explains and to the action it is about.
 */
@ApplicationModule(allowedDependencies = "shared")
package uk.org.ncjaa.springboard.easyread;

import org.springframework.modulith.ApplicationModule;
