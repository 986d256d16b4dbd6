/**
 * Plan types as versioned rules: each {@code .rules} file in this package's resources is one
 * version of one type's rules (the statute's own section numbers, minimum consultation windows,
 * consultees, publications and reporting cycle). {@link org.folkmoot.plans.internal.rules.PlanRuleBook}
 * picks the set in force when a plan starts; the plan keeps it.
 */
package org.folkmoot.plans.internal.rules;
