package org.folkmoot.assemblies.internal.letters;

import org.folkmoot.assemblies.internal.lottery.DrawnHousehold;

/** One letter: the drawn household and its registration code. */
public record Letter(DrawnHousehold household, String code) {
}
