/**
 * The smallest complete Folkmoot module, to copy: a {@link org.folkmoot.api.module.ModuleInfo}
 * that puts it on the home page and {@code /health}, a REST resource with a page in English and
 * Welsh, and a configuration ({@code org.folkmoot.example.Greeting}) that applies while the
 * runtime runs.
 */
package org.folkmoot.example.internal;
