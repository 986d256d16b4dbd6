/**
 * A first draft of a plan read from a document an officer already has: Markdown, OpenDocument text (ODT)
 * or Word (DOCX).
 *
 * <p>{@link org.folkmoot.plans.internal.draftimport.DraftImporter} decides the format by the bytes, never by the
 * file's name, and returns the document as headed sections ({@link org.folkmoot.plans.internal.draftimport.DraftSection}):
 * heading level, heading and paragraphs, with lists kept as text. Text before the first heading, or a document with no
 * heading at all, becomes a section of its own with an empty heading. Anything else is refused with a
 * {@link org.folkmoot.plans.internal.draftimport.DraftRefused} that says which formats work; so are documents over the
 * {@link org.folkmoot.plans.internal.draftimport.DraftLimits}, corrupt ZIPs, and ZIP bombs (an entry that inflates past
 * the limit or far beyond its compressed size is stopped while it is read, not after).
 */
package org.folkmoot.plans.internal.draftimport;
