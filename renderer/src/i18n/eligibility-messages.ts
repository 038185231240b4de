import { defineMessages } from './define-messages';

/**
 * Why a person cannot have a procedure on a date, as the operator reads it out: from the shared
 * eligibility rule (the procedure list, the slot grid) or from a 409 `not_eligible`'s details.
 * `{hasSuggestion}` is `yes` when there is a procedure to book instead.
 */
export const eligibilityMessages = defineMessages({
  'eligibility.tooYoung': {
    'es-MX':
      '{hasSuggestion, select, yes {La persona tendrá {age, plural, one {# año} other {# años}} el {date}: agende «{suggested}». «{procedure}» es a partir de los {minAge} años (los cumple el {eligibleFrom}).} other {La persona tendrá {age, plural, one {# año} other {# años}} el {date}: «{procedure}» es a partir de los {minAge} años. Los cumple el {eligibleFrom}: agende a partir de ese día.}}',
    en: '{hasSuggestion, select, yes {The person will be {age} on {date}: book “{suggested}” instead. “{procedure}” is for people {minAge} or older (they turn {minAge} on {eligibleFrom}).} other {The person will be {age} on {date}: “{procedure}” is for people {minAge} or older. They turn {minAge} on {eligibleFrom}: book a date from then on.}}',
  },
  'eligibility.tooOld': {
    'es-MX':
      '{hasSuggestion, select, yes {La persona tendrá {age, plural, one {# año} other {# años}} el {date}: agende «{suggested}». «{procedure}» es para menores de {limit} años.} other {La persona tendrá {age, plural, one {# año} other {# años}} el {date}: «{procedure}» es para menores de {limit} años.}}',
    en: '{hasSuggestion, select, yes {The person will be {age} on {date}: book “{suggested}” instead. “{procedure}” is for people under {limit}.} other {The person will be {age} on {date}: “{procedure}” is for people under {limit}.}}',
  },
  'eligibility.needsCurp': {
    'es-MX':
      '{why, select, foreign_national {La persona está registrada sin CURP por ser extranjera} not_yet_registered {La persona está registrada sin CURP porque su registro de nacimiento está pendiente} other {La persona está registrada sin CURP}}: «{procedure}» requiere CURP.{hasSuggestion, select, yes { Agende «{suggested}».} other {}}',
    en: '{why, select, foreign_national {The person is registered without a CURP as a foreign national} not_yet_registered {The person is registered without a CURP: their birth registration is pending} other {The person is registered without a CURP}}: “{procedure}” needs a CURP.{hasSuggestion, select, yes { Book “{suggested}” instead.} other {}}',
  },
  /** The short mark beside a procedure in the list. */
  'eligibility.mark.age': {
    'es-MX':
      '{hasSuggestion, select, yes {No corresponde: tendrá {age} años el {date}; use «{suggested}»} other {No corresponde: tendrá {age} años el {date}}}',
    en: '{hasSuggestion, select, yes {Not for them: {age} on {date}; use “{suggested}”} other {Not for them: {age} on {date}}}',
  },
  'eligibility.mark.needsCurp': {
    'es-MX':
      '{hasSuggestion, select, yes {No corresponde: requiere CURP; use «{suggested}»} other {No corresponde: requiere CURP}}',
    en: '{hasSuggestion, select, yes {Not for them: needs a CURP; use “{suggested}”} other {Not for them: needs a CURP}}',
  },
});
