/**
 * Enabling and disabling modules in a Folkmoot installation, the one place this is done: the
 * launcher's {@code bin/folkmoot enable}/{@code disable} run it outside the runtime, and the
 * administrator's modules page runs the same classes inside it (the web bundle embeds this package
 * privately), so the two cannot diverge.
 *
 * <p>A module is enabled when its bundles are in {@code deploy/}, where FileInstall starts them;
 * enabling copies a feature's bundles there from {@code system/} (never one the platform already
 * has in {@code bundle/}) and writes its default configuration into {@code conf/} without
 * overwriting an edited file. Disabling removes the bundles no other enabled module needs; the
 * configuration and the data stay.
 */
package org.folkmoot.features;
