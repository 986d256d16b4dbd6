/** The Community plans module: Write, consult on, adopt and report on community plans by the rules of each UK nation. */
package org.folkmoot.plans.internal;
