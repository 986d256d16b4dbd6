/** The Citizens' assemblies module: Run a citizens' assembly: the civic lottery, fair selection of members, and the council's response. */
package org.folkmoot.assemblies.internal;
