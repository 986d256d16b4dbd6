package org.folkmoot.assemblies.internal.commission;

/** A member of the assembly's oversight or advisory group, published with the commission. */
public record OversightMember(String name, String role) {
}
