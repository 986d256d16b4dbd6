package org.folkmoot.api.privacy;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What one part of Folkmoot keeps about people, for the privacy notice. Each module (and each part of
 * the platform that keeps personal data) registers one as a service; the web bundle's privacy notice
 * lists those of the modules that are running, so the notice follows what the council has enabled.
 */
@ConsumerType
public interface PersonalDataNotice {

    /** The module id ({@code assets}) or platform part ({@code accounts}) this notice is about. */
    String component();

    /** The part's name for residents, in {@code en} or {@code cy}. */
    String name(String language);

    /** What it keeps, in {@code en} or {@code cy}; each item in plain words. */
    List<PersonalDataKept> kept(String language);
}
