package org.folkmoot.plans.internal.plan;

import java.math.BigDecimal;

/** How an action's effect is measured: where it starts (baseline) and where it should get to (target). */
public record Indicator(String key, Bilingual name, String unit, BigDecimal baseline, BigDecimal target) {
}
