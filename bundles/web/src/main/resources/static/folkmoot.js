// GOV.UK Frontend's components enhance the pages where JavaScript runs; every page works without it.
// Loaded as a module, so only browsers GOV.UK Frontend supports run it, and from a file, because the
// Content-Security-Policy forbids inline script. The class tells GOV.UK Frontend's styles and
// components that they may enhance.
import { initAll } from '/assets/govuk-frontend.min.js'

document.body.classList.add('govuk-frontend-supported')
initAll()
