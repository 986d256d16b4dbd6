package org.folkmoot.platform.internal.archive;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Contribution ids as UUID version 7 (RFC 9562): the first 48 bits are the milliseconds since 1970,
 * the other 74 (after the version and variant) come from {@link SecureRandom}, so an id is as hard
 * to guess as it was. Ids made close in time sort close together, so a bulk import adds to the end
 * of the id index instead of to a random page of it: a 1,000-row commit then writes a few pages of
 * the index, not a thousand (H2 rewrites every page a commit changes; PostgreSQL's B-tree likewise
 * stays in cache). The time an id reveals is the contribution's creation in Folkmoot, which is public.
 */
final class TimeOrderedIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    static String next(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long low = 0x8000_0000_0000_0000L | ((random[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low).toString();
    }
}
