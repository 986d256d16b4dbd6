package org.folkmoot.plans.internal.draftimport;

/**
 * How big a document may be, and how far its ZIP may inflate.
 *
 * @param maxDocumentBytes   the largest file accepted, as uploaded
 * @param maxInflatedBytes   the most a DOCX or ODT's XML parts may inflate to, all together
 * @param maxInflationRatio  how many times its compressed size one ZIP entry may inflate to (ordinary XML
 *                           compresses 5 to 50 times; deflate cannot go past about 1,000)
 * @param maxSectionCharacters the longest section accepted, in characters
 */
public record DraftLimits(long maxDocumentBytes, long maxInflatedBytes, int maxInflationRatio, int maxSectionCharacters) {

    /** 20 MB documents, 100 MB inflated, 500 times per entry, 100,000 characters (about 15,000 words) a section, as a plan section may hold. */
    public static final DraftLimits DEFAULT = new DraftLimits(20L << 20, 100L << 20, 500, 100_000);

    public DraftLimits {
        if (maxDocumentBytes <= 0 || maxInflatedBytes <= 0 || maxInflationRatio <= 0 || maxSectionCharacters <= 0) {
            throw new IllegalArgumentException("Draft limits are positive");
        }
    }
}
