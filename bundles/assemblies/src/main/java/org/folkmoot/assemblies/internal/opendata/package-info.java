/**
 * An assembly's open data: the assembly as an organisation, its sessions, its recommendations as
 * motions with their vote events and counts (shaped after the Popolo standard, popoloproject.com),
 * the council's responses and the actions taken, as JSON and as CSV. Nothing about members: no
 * names, no pseudonyms, no ballots, not even who wrote which version of a recommendation.
 */
package org.folkmoot.assemblies.internal.opendata;
