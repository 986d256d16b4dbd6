/**
 * The computed comparison between two versions of a plan, for one language.
 *
 * <p>A version is given as its sections in order ({@link org.folkmoot.plans.internal.compare.VersionSection}:
 * a key that stays the same from version to version, the heading and the body text).
 * {@link org.folkmoot.plans.internal.compare.VersionComparer} matches sections by key and says of each
 * whether it was added, removed, changed or left as it was, and whether it moved; within a changed section
 * it lists the sentences inserted and deleted, paragraph by paragraph
 * ({@link org.folkmoot.plans.internal.compare.SectionChange#paragraphs()}). The diff is java-diff-utils' Myers
 * diff over sentences ({@link org.folkmoot.plans.internal.compare.SentenceSplitter} knows English and Welsh
 * abbreviations), so a changed word shows as the whole sentence deleted and its new form inserted, which is how
 * a reader compares drafts of a plan.
 *
 * <p>The page fragment {@code templates/plans-compare.ftlh} shows a
 * {@link org.folkmoot.plans.internal.compare.Comparison}: a summary in words, then each section with
 * {@code <ins>}/{@code <del>} marks that carry their meaning in visually hidden words, not by colour alone.
 */
package org.folkmoot.plans.internal.compare;
