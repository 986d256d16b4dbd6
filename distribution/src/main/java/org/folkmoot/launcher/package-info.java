/**
 * {@code bin/folkmoot}: the launcher of the Folkmoot runtime and the operator's commands.
 *
 * <p>{@link org.folkmoot.launcher.Launcher} boots Apache Felix with the platform bundles of
 * {@code bundle/N/} at start level N and leaves {@code conf/} and {@code deploy/} to FileInstall.
 * {@link org.folkmoot.launcher.Features} enables and disables modules, each described by an OSGi
 * Feature in {@code features/}, by copying its bundles into or out of {@code deploy/};
 * {@link org.folkmoot.launcher.FeatureCheck} resolves every feature against the installation with
 * Felix's own resolver, at build time.
 */
package org.folkmoot.launcher;
