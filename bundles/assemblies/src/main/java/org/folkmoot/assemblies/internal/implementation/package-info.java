/**
 * What the council does about the recommendations it accepted: actions with a status, progress and
 * dated updates; progress reports on the assembly's schedule (by default three months after the
 * council's response, then every six months) with an e-mail reminder to the officer before each is
 * due; and the public tracker's roll-up ("12 of 17 recommendations accepted; 5 in progress, 3 done").
 */
package org.folkmoot.assemblies.internal.implementation;
