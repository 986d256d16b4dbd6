/**
 * An assembly's open data: the assembly as an organisation, its sessions, the evidence it heard, how
 * many submissions were passed to members (and which organisations'), its recommendations as motions
 * with their vote events and counts (shaped after the Popolo standard, popoloproject.com), the
 * council's responses and the actions taken, as JSON and as CSV. Nothing about members: no names, no
 * pseudonyms, no ballots, not even who wrote which version of a recommendation; no submitter; no
 * account of the officer who recorded anything.
 */
package org.folkmoot.assemblies.internal.opendata;
