package org.folkmoot.assemblies.internal.response;

import java.time.LocalDate;

import org.folkmoot.api.container.LocalisedText;

/**
 * The council's answer to one recommendation, published beside it.
 *
 * @param number      the recommendation's number
 * @param reasons     why, English and Welsh
 * @param service     the council service responsible
 * @param respondedOn the day the council gave its response
 */
public record CouncilResponse(int number, Decision decision, LocalisedText reasons, String service, LocalDate respondedOn) {
}
