/**
 * The assets module: the council's land and assets register, community asset transfer cases in
 * Scotland (asset transfer requests), England (assets of community value) and under councils'
 * own policies, with every statutory deadline computed from data.
 *
 * <ul>
 * <li>{@code calendar}: working days on bank-holiday calendars a council can edit;</li>
 * <li>{@code rules}: statutory periods as versioned data per jurisdiction;</li>
 * <li>{@code cases}: the case state machines, their timelines, deadlines and storage;</li>
 * <li>{@code register}: the asset register and the Transparency Code CSV;</li>
 * <li>{@code report}: the Scottish asset transfer annual report;</li>
 * <li>{@code acv}: the planning.data.gov.uk export of assets of community value.</li>
 * </ul>
 *
 * Nothing here is exported: other bundles see only the module's services and REST API.
 */
package org.folkmoot.assets.internal;
