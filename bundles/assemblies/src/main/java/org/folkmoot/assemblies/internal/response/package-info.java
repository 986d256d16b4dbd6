/**
 * The council's response to each recommendation an assembly passed: accepted, accepted in part, not
 * accepted, or further work, with its reasons and the service responsible, due by the date the
 * council committed to in the commission. A response still missing the day after that date is
 * overdue: the officers' page flags it and {@link org.folkmoot.assemblies.internal.response.ResponseDeadline}
 * has the platform's scheduler e-mail the assembly's officer (job {@value
 * org.folkmoot.assemblies.internal.response.ResponseDeadline#JOB}).
 */
package org.folkmoot.assemblies.internal.response;
