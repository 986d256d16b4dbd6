package org.folkmoot.assemblies.internal.lottery;

import java.util.List;
import java.util.Locale;

/**
 * The area a lottery draws from, as postcode districts ({@code M33}, {@code WA15}) or sectors
 * ({@code WA15 8}). A row whose postcode is in none of them is outside the area: reported, not
 * drawn. {@link #EVERYWHERE} accepts every well-formed postcode.
 */
public record AddressArea(List<String> postcodeDistrictsOrSectors) {
    public static final AddressArea EVERYWHERE = new AddressArea(List.of());

    public AddressArea {
        postcodeDistrictsOrSectors = postcodeDistrictsOrSectors.stream()
                .map(p -> p.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ")).filter(p -> !p.isEmpty()).toList();
    }

    /** Whether a normalised postcode ({@code WA15 8AB}) is inside. */
    public boolean contains(String postcode) {
        if (postcodeDistrictsOrSectors.isEmpty()) {
            return true;
        }
        int space = postcode.indexOf(' ');
        String district = space < 0 ? postcode : postcode.substring(0, space);
        String sector = space < 0 ? postcode : postcode.substring(0, Math.min(postcode.length(), space + 2));
        for (String p : postcodeDistrictsOrSectors) {
            if (p.equals(district) || p.equals(sector)) {
                return true;
            }
        }
        return false;
    }
}
