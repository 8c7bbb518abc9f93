// The English templates of every error the API answers, by key. The API sends the key and the values beside
// the English message rendered from the template; the screen renders the key in the reader's language (the
// web's "errors" catalogue: this object in English, locales/<language>/errors.json in the others). A template
// names its variable parts as {{placeholders}} (i18next's syntax). Keys are grouped by the module they speak
// for. A message shown beside its field does not name the field, which the screen shows already.
// Plain data without zod, so that the web takes it as it is (@homecoming/domain/messages).

export const errorMessages = {
  // ---- requests: what the HTTP edge refuses before or around the work ------------------------------------
  "request.sign_in": "Sign in first",
  "request.roles": "This action needs one of the roles: {{roles}}",
  "request.cross_site": "This request came from another site and is refused",
  "request.other_site": "This request came from {{origin}}, another site, and is refused",
  "request.idempotency_key":
    "The Idempotency-Key header must be 1 to 200 printable characters without spaces (a UUID, for one)",
  "request.idempotency_key_reused":
    "Idempotency-Key {{key}} was used for another request; send a new key for a new request",
  "request.nul_character": "Text must not contain the NUL character",
  "request.too_deep": "The request body nests arrays and objects more than {{limit}} levels deep, the limit",
  "request.invalid_json": "The request body is not valid JSON; check its quotes, commas and brackets",
  "request.empty_json": "The request body is empty although its content type says JSON; send a JSON object",
  "request.media_type": "The request body must be JSON, sent with the content type application/json",
  "request.too_large": "The request body is larger than {{limit}} MiB, the limit",
  "request.path_too_long": "A part of the path is longer than {{limit}} characters, the limit",
  "request.bad_path": "The path is not a valid URL: check its percent-encoding",
  "request.no_route": "No route {{method}} {{path}}",
  "request.unreadable": "The server could not read this request",
  "request.already_exists": "This record already exists",
  "request.rate_limited": "Too many requests; try again later",
  "request.internal": "Internal server error",
  "request.stale_version": "The record was changed by someone else; reload it and try again",

  // ---- validation: a value of the request that does not fit its schema -----------------------------------
  "validation.required": "This is required",
  "validation.empty": "This must not be empty",
  "validation.empty_list": "Choose at least one",
  "validation.invalid": "This value is not valid",
  "validation.invalid_type.string": "Enter text",
  "validation.invalid_type.number": "Enter a number",
  "validation.invalid_type.int": "Enter a whole number",
  "validation.invalid_type.boolean": "Choose yes or no",
  "validation.invalid_type.array": "Give a list",
  "validation.invalid_type.object": "Give an object with its fields",
  "validation.invalid_type.other": "This value is not of the kind expected here",
  "validation.too_small.string": "Enter at least {{minimum}} characters",
  "validation.too_small.number": "Enter {{minimum}} or more",
  "validation.too_small.number_above": "Enter a number above {{minimum}}",
  "validation.too_small.array": "Give at least {{minimum}} items",
  "validation.too_small.other": "This value is too small",
  "validation.too_big.string": "Enter at most {{maximum}} characters",
  "validation.too_big.number": "Enter {{maximum}} or less",
  "validation.too_big.number_below": "Enter a number below {{maximum}}",
  "validation.too_big.array": "Give at most {{maximum}} items",
  "validation.too_big.other": "This value is too large",
  "validation.invalid_format.email": "Enter an email address, such as name@example.org",
  "validation.invalid_format.url": "Enter a web address, such as https://example.org",
  "validation.invalid_format.uuid": "This is not a valid id",
  "validation.invalid_format.datetime": "Enter a date and time, such as 2026-03-01T09:30:00Z",
  "validation.invalid_format.date": "Enter a date as YYYY-MM-DD",
  "validation.invalid_format.regex": "This is not written in the form expected here",
  "validation.invalid_format.other": "This is not in the format expected here",
  "validation.invalid_value": "Choose one of: {{options}}",
  "validation.unrecognized_keys": "These fields are not known here: {{keys}}",
  "validation.invalid_union": "This value fits none of the forms accepted here",
  "validation.invalid_key": "A key of this value is not valid",
  "validation.invalid_element": "An item of this value is not valid",
  "validation.not_multiple_of": "Enter a multiple of {{divisor}}",
  "validation.future_date": "This date must not be in the future",
  "validation.past_date": "This date must not be in the past",
  "validation.not_future": "This must be in the future",
  "validation.date_order": "The end date must not be before the start date",
  "validation.no_change": "The update must change at least one field",
  "validation.currency": "Enter a three-letter currency code, such as BDT",
  "validation.country": "Enter a country code of two letters, such as BD",
  "validation.admin_area": "Enter a known area code (a p-code), such as BD3026",
  "validation.service_area": "Enter an area code (a p-code) or a country: {{countries}}",
  "validation.language": "Enter language codes, such as bn or ar",
  "validation.isco": "Enter an occupation code of ISCO-08",
  "validation.isic": "Enter an economic activity code of ISIC Rev.4",
  "validation.isced": "Choose a level of education of ISCED 2011",
  "validation.birth_year_recent": "The year of birth must be at least ten years ago",
  "validation.future_year": "This year must not be in the future",
  "validation.sort": "Sort by one of: {{options}}",
  "validation.relevance_needs_text":
    "Sorting by relevance needs text to search for; without it, sort by {{options}}",
  "validation.level": "The level must be 1 (division, province) or 2 (district)",
  "validation.category": "Choose a service category or a dimension",

  // ---- accounts and sign-in -----------------------------------------------------------------------------
  "auth.wrong_credentials": "Email or password is not correct",
  "auth.account_locked":
    "This account is locked after many failed logins from several places. An administrator can unlock it, or you can set a new password with one of your recovery codes",
  "auth.address_locked":
    "Too many failed logins from this address: this account is locked here for {{minutes}} more minute(s). An administrator can unlock it, or you can set a new password with one of your recovery codes",
  "auth.current_password_wrong": "This is not your current password",
  "auth.recovery_code_wrong":
    "This code does not open this account: check the email and the code (each code works once), or ask an administrator",

  // ---- returnees' own accounts on the portal ------------------------------------------------------------
  "account.code_format": "Enter the 6 digits of the code in the message",
  "account.code_wrong":
    "This code is not right or has run out. Check the number and the code, or ask for a new code",
  "account.too_many_codes":
    "Too many codes were asked for this number. Wait {{minutes}} minute(s) and ask again",
  "account.wrong_credentials": "The phone number or the password is not right",
  "account.locked":
    "Too many wrong passwords for this number. Wait {{minutes}} minute(s), or set a new password with a code sent to your phone",
  "account.sign_in": "Sign in to your account first",
  "account.profile_exists": "You have registered already: your details are with the centre",
  "call_back.open":
    "You asked to be called back already: the centre will call you. You can ask again once it did",
  "call_back.not_found": "Call-back request not found",
  "call_back.own_organisation":
    "Only the organisation the returnee asked, or an administrator, may mark this call done",
  "call_back.done": "This call back is marked done already",
  "account.profile_needed": "Tell us about yourself first: your details make your record",
  "community.event_not_found": "Event not found",
  "community.event_cancelled": "This event was cancelled",
  "community.event_over": "This event has already taken place",
  "community.event_full": "This event has no places left",
  "community.already_registered": "You are registered for this event already",
  "community.not_registered": "You are not registered for this event",
  "community.ends_before_start": "endsAt must be after startsAt",
  "community.group_not_found": "Group not found",
  "community.question_not_found": "Question not found",
  "community.moderated": "This question was moderated already",
  "community.not_published": "Only a published question can be answered",
  "community.answer_not_found": "Answer not found",
  "community.moderators_only":
    "Only the case managers and counsellors of a Migrant Resource Centre (or an administrator) moderate and answer the board",
  "community.not_trusted": "Only returnees a centre trusts answer questions on the board",
  "community.no_account": "This returnee has no portal account: they register on the portal first",
  "community.lead_trusts":
    "Only the organisation that holds the returnee's record (or an administrator) trusts them to answer on the board",
  "account.no_centre":
    "No centre serves this district yet. Choose the district where you live, or call the helpline",

  // a new password zxcvbn finds easy to guess, with its warning
  "password.too_easy.other":
    "This password is too easy to guess. A few unusual words together make a strong one.",
  "password.too_easy.straight_row":
    "This password is too easy to guess: straight rows of keys on a keyboard are easy to guess. A few unusual words together make a strong one.",
  "password.too_easy.key_pattern":
    "This password is too easy to guess: short keyboard patterns are easy to guess. A few unusual words together make a strong one.",
  "password.too_easy.simple_repeat":
    'This password is too easy to guess: repeated characters like "aaa" are easy to guess. A few unusual words together make a strong one.',
  "password.too_easy.extended_repeat":
    'This password is too easy to guess: repeated patterns like "abcabcabc" are easy to guess. A few unusual words together make a strong one.',
  "password.too_easy.sequences":
    'This password is too easy to guess: common sequences like "abc" are easy to guess. A few unusual words together make a strong one.',
  "password.too_easy.recent_years":
    "This password is too easy to guess: recent years are easy to guess. A few unusual words together make a strong one.",
  "password.too_easy.dates":
    "This password is too easy to guess: dates are easy to guess. A few unusual words together make a strong one.",
  "password.too_easy.top_ten":
    "This password is too easy to guess: it is one of the most used passwords. A few unusual words together make a strong one.",
  "password.too_easy.top_hundred":
    "This password is too easy to guess: it is a very frequently used password. A few unusual words together make a strong one.",
  "password.too_easy.common":
    "This password is too easy to guess: it is a commonly used password. A few unusual words together make a strong one.",
  "password.too_easy.similar_to_common":
    "This password is too easy to guess: it is like a commonly used password. A few unusual words together make a strong one.",
  "password.too_easy.word_by_itself":
    "This password is too easy to guess: a single word is easy to guess. A few unusual words together make a strong one.",
  "password.too_easy.names_by_themselves":
    "This password is too easy to guess: a single name or surname is easy to guess. A few unusual words together make a strong one.",
  "password.too_easy.common_names":
    "This password is too easy to guess: common names and surnames are easy to guess. A few unusual words together make a strong one.",
  "password.too_easy.user_inputs":
    "This password is too easy to guess: it holds your own name or email. A few unusual words together make a strong one.",

  // ---- organisations and users --------------------------------------------------------------------------
  "organisation.not_found": "Organisation not found",
  "organisation.unknown": "There is no organisation with the id {{id}}",
  "user.not_found": "User not found",
  "user.email_taken": "A user with the email {{email}} exists",

  // ---- the service directory ----------------------------------------------------------------------------
  "service.not_found": "Service not found",
  "service.unknown": "There is no service with the id {{id}}",
  "service.inactive": "This service is not active",
  "service.provider_adds": "Only administrators or the providing organisation may add its services",
  "service.provider_changes": "Only administrators or the providing organisation may change this service",

  // ---- returnees, their consents and records held elsewhere ---------------------------------------------
  "person.not_found": "Person not found",
  "person.lead_confirms":
    "Only the organisation the returnee registered with, or an administrator, may confirm their registration",
  "person.not_self_registered":
    "This returnee was registered by staff, not on the portal: there is nothing to confirm",
  "person.already_confirmed": "This self-registration is confirmed already",
  "person.unknown": "No returnee you may see has the id {{id}}",
  "person.birth_required": "Give the date of birth or the year of birth",
  "person.birth_year_mismatch": "The year of birth must be the year of the date of birth",
  "person.birth_before_1900": "The date of birth must not be before 1900",
  "person.disability_kinds": "Give kinds of disability only when the returnee has a disability",
  "person.lead_changes_profile":
    "Only the lead organisation's case managers and counsellors (or an administrator) change a returnee's profile",
  "phone.too_short": "This is not a valid phone number: it has too few digits for a phone number",
  "phone.too_short_in": "This is not a valid phone number: it has too few digits for a number in {{country}}",
  "phone.too_long": "This is not a valid phone number: it has too many digits for a phone number",
  "phone.too_long_in": "This is not a valid phone number: it has too many digits for a number in {{country}}",
  "phone.not_in_use": "This is not a valid phone number: it is not a number in use",
  "phone.not_in_use_in": "This is not a valid phone number: it is not a number in use in {{country}}",
  "phone.country_code":
    "This is not a valid phone number: write it with + and the country code, such as +880 1712 345678",
  "phone.not_a_number": "This is not a phone number",
  "phone.characters":
    "A phone number is digits, with an optional + in front and spaces, dashes, dots, slashes or brackets",
  "consent.not_found": "Consent not found",
  "consent.already_withdrawn": "This consent has already been withdrawn",
  "consent.organisations_required": "A referral or data-sharing consent names at least one organisation",
  "consent.lead_records":
    "Only the lead organisation's case managers and counsellors (or an administrator) record consent",
  "consent.lead_withdraws":
    "Only the lead organisation's case managers and counsellors (or an administrator) record a withdrawal of consent",
  "record_request.not_found": "Record request not found",
  "record_request.none_elsewhere": "No possible match of this returnee is held by another organisation",
  "record_request.all_asked":
    "The organisations that hold this returnee's possible matches have been asked already",
  "record_request.already_shared": "This record request was shared already",
  "record_request.already_declined": "This record request was declined already",
  "record_request.already_decided": "This record request was decided already",
  "record_request.lead_sees":
    "Only the lead organisation's case managers and counsellors (or an administrator) see the record requests of a returnee",
  "record_request.lead_asks":
    "Only the lead organisation's case managers and counsellors (or an administrator) ask for a returnee's records held elsewhere",
  "record_request.lead_shares":
    "Only the lead organisation's case managers and counsellors (or an administrator) share a returnee's record",
  "record_request.lead_declines":
    "Only the lead organisation's case managers and counsellors (or an administrator) decline a request for a returnee's record",

  // ---- record linkage: duplicates and merges ------------------------------------------------------------
  "linkage.merged": "The record of {{name}} was merged into the record {{into}}: use that record",
  "linkage.same_record": "A record is always the same person as itself",
  "linkage.already_apart": "These two records are already marked as two different people",
  "linkage.into_itself": "A record cannot be merged into itself",
  "linkage.open_cases":
    "Both records have an open case led by {{organisation}}: close one of them (or hand it over) before merging",
  "linkage.merge_not_found": "Merge not found",
  "linkage.already_undone": "This merge has already been undone",
  "linkage.no_longer_redirects":
    "The merged record no longer redirects to the survivor: undo the later merge first",
  "linkage.survivor_merged":
    "The survivor was itself merged into the record {{into}} since: undo that merge first",
  "linkage.admin_undoes": "Only administrators may undo a merge",
  "linkage.admin_scans": "Only administrators may start a scan of the whole registry",
  "linkage.lead_sees":
    "Only the lead organisation's case managers and counsellors (or an administrator) see a returnee's possible duplicates",
  "linkage.lead_judges":
    "Only the lead organisation's case managers and counsellors (or an administrator) judge whether two records are one returnee",
  "linkage.lead_merges":
    "Only the lead organisation's case managers and counsellors (or an administrator) merge records",

  // ---- imports of registrations from a file -------------------------------------------------------------
  "import.empty_file": "The file is empty: it needs a header row naming the columns",
  "import.not_utf8": "The CSV file is not UTF-8 text: save it as CSV UTF-8 and upload it again",
  "import.csv_unreadable": "The CSV file cannot be read: {{detail}}",
  "import.not_xlsx": "The file is not an XLSX workbook that can be read",
  "import.no_sheet": "The workbook has no sheet",
  "import.header_mismatch": "The header row does not fit the template: {{problems}}",
  "import.no_rows": "The file has a header row but no returnees under it",
  "import.too_many_rows":
    "The file holds {{rows}} rows; at most {{limit}} are imported at once: split it into smaller files",
  "import.not_found": "Import not found",
  "import.other_organisation": "This import belongs to another organisation",
  "import.uploader_decides": "Only the organisation that uploaded the file decides on and registers its rows",
  "import.already_committed": "The import is already registered",
  "import.already_discarded": "The import is already discarded",
  "import.row_not_found": "Import row not found",
  "import.row_has_problems":
    "Row {{line}} has problems and cannot be registered: correct it in the file and upload that again",
  "import.not_a_match": "Choose one of the earlier registrations row {{line}} was matched with",
  "import.person_only_existing": "A returnee is given only with the decision existing",
  "import.rows_to_decide": "Rows with a likely match need a decision first: {{rows}}",

  // ---- cases: stages, plans, follow-ups, closure --------------------------------------------------------
  "case.not_found": "Case not found",
  "case.unknown": "No case you may see has the id {{id}}",
  "case.closed": "This case is closed",
  "case.cannot_move": "A case cannot move from {{from}} to {{to}}",
  "case.manager_role": "The case manager must be a case manager or counsellor of the lead organisation",
  "case.already_open": "This returnee already has an open case with your organisation",
  "case.already_open_since":
    "This returnee already has an open case with your organisation: case {{caseId}}, opened {{openedOn}}",
  "case.end_by_action": "Use the close or hand-over action, which record a reason",
  "case.lead_changes": "Only the lead organisation's case manager and counsellors may change this case",
  "case.open_items_close":
    "This case has open items: {{items}}. To close it anyway, acknowledge them and say why they stay open",
  "case.open_items_hand_over":
    "This case has open items: {{items}}. To hand it over anyway, acknowledge them and say why they stay open",
  "case.open_items_reason": "Say why the case ends with items open",
  "case.note_required": "A note is required when the reason is other",
  "case.debt_pressure": "Debt pressure is 0 when the returnee has no debt",
  "plan.unknown_goal": "This plan has no goal with the id {{id}}",
  "plan.unknown_action": "This plan has no action with the id {{id}}",
  "plan.owner_elsewhere": "There is no such user in your organisation",
  "plan.action_not_found": "Action not found",
  "follow_up.not_found": "Follow-up not found",
  "follow_up.already_done": "This follow-up is already done",
  "follow_up.not_open":
    "This follow-up can be recorded from {{opensOn}} (it is due on {{dueOn}}); record an earlier contact as an extra contact",
  "follow_up.survey_unreached": "A survey can only be taken when the returnee was reached",

  // ---- referrals ----------------------------------------------------------------------------------------
  "referral.not_found": "Referral not found",
  "referral.sender_only": "Only the referring organisation may {{action}} a referral",
  "referral.receiver_only": "Only the receiving organisation may {{action}} a referral",
  "referral.cannot_move": "Cannot {{action}} a referral that is {{status}}",
  "referral.case_closed": "The case of this referral is closed; cancel the draft instead",
  "referral.consent_missing":
    "No consent on record covers sharing this returnee's data with the receiving organisation",
  "referral.reason_required": "Choose a reason to {{action}} a referral",
  "referral.outcome_required": "The outcome is required to complete a referral",
  "referral.changed": "The referral changed while you were acting on it; reload it",
  "referral.changed_on_withdrawal": "A referral changed while the consent was withdrawn; try again",
  "referral.lead_refers": "Only the lead organisation's case manager and counsellors refer from this case",

  // ---- programmes, enrolments and business plans --------------------------------------------------------
  "programme.not_found": "Programme not found",
  "programme.unknown": "There is no programme with the id {{id}}",
  "programme.not_taking": "{{programme}} is not taking enrolments (closed or outside its dates)",
  "programme.not_eligible": "The returnee is not eligible for {{programme}}: {{reasons}}",
  "programme.dates_order": "The closing date must not be before the opening date",
  "programme.owner_lists": "Only {{programme}}'s organisation may see all its enrolments",
  "programme.area_codes": "Enter area codes (p-codes) or the codes of whole countries ({{countries}})",
  "enrolment.not_found": "Enrolment not found",
  "enrolment.owner_only": "Only {{programme}}'s organisation may {{action}} an enrolment",
  "enrolment.cannot_move": "Cannot {{action}} an enrolment that is {{status}}",
  "enrolment.reason_required": "A reason is required to {{action}} an enrolment",
  "enrolment.amount_required":
    "The amount given is required to start a loan or grant enrolment: the money given to the returnee",
  "enrolment.amount_only_at_start": "The amount given is recorded only when a loan or grant enrolment starts",
  "enrolment.programme_full": "The programme is full; the enrolment stays on the waitlist",
  "enrolment.already_open": "This case already has an open enrolment in {{programme}}",
  "enrolment.loan_plan_first": "A loan needs a business plan on the case first (credit plus coaching)",
  "enrolment.grant_plan_first": "A grant needs a business plan on the case first (credit plus coaching)",
  "enrolment.loan_coaching":
    "Choose the coaching: a loan goes with a business-training or mentoring enrolment of the same case",
  "enrolment.grant_coaching":
    "Choose the coaching: a grant goes with a business-training or mentoring enrolment of the same case",
  "enrolment.coaching_invalid":
    "The coaching must be a business-training or mentoring enrolment of this case that is not rejected or dropped",
  "enrolment.coaching_only_finance": "Coaching is linked only to loan and grant programmes",
  "enrolment.currency_without_amount":
    "The currency goes with the amount given, the money given when a loan or grant starts",
  "enrolment.currency_required":
    "The currency is required: the enrolment has no business plan to take it from",
  "business_plan.not_found": "Business plan not found",
  "business_plan.version_required": "The version is required to change the business plan",
  "business_plan.contribution": "The own contribution must not be more than the capital needed",

  // ---- eligibility rules: what is wrong with a rule, and where ------------------------------------------
  "rule.required": "This is not a valid eligibility rule: a rule is required",
  "rule.not_a_rule":
    "This is not a valid eligibility rule: a rule is a JSON Logic object or true/false, not {{kind}}",
  "rule.one_key":
    "This is not a valid eligibility rule: at {{path}}, an operation must have exactly one key, found {{keys}}",
  "rule.unknown_operation":
    'This is not a valid eligibility rule: at {{path}}, "{{operation}}" is not a JSON Logic operation this system evaluates',
  "rule.var_without_fact": "This is not a valid eligibility rule: at {{path}}, var must name a fact",
  "rule.unknown_fact": 'This is not a valid eligibility rule: at {{path}}, there is no fact "{{fact}}"',
  "rule.not_a_number":
    "This is not a valid eligibility rule: at {{path}}, {{fact}} is a number; it cannot be compared with {{literal}}",
  "rule.not_a_boolean":
    "This is not a valid eligibility rule: at {{path}}, {{fact}} is true or false; it cannot be compared with {{literal}}",
  "rule.unknown_value":
    "This is not a valid eligibility rule: at {{path}}, {{fact}} has no value {{literal}}; its values are {{options}}",

  // ---- the sustainability survey ------------------------------------------------------------------------
  "survey.not_found": "Sustainability survey not found",
  "survey.version_not_found": "Version {{version}} of the sustainability survey not found",
  "survey.changed":
    "The survey was changed to version {{current}} after version {{basedOn}} was opened; reload it and edit again",
  "survey.saved_elsewhere":
    "Version {{version}} of the survey was saved by someone else; reload it and edit again",
  "survey.unknown_question": "This is not a question of this survey",
  "survey.no_answers": "Answer at least one question",
  "survey.english_text": "An English text (en) is required",
  "survey.language_code": "{{language}} is not a language code such as en or bn",
  "survey.option_twice": "The answer option {{option}} appears twice",
  "survey.no_score": "At least one answer option must have a score",
  "survey.dimensions": "The dimensions must be {{dimensions}}, each once",
  "survey.code_twice": "The indicator code {{code}} appears twice",

  // ---- feedback and grievances --------------------------------------------------------------------------
  "feedback.not_found": "Feedback not found",
  "feedback.reference_not_found": "No feedback or grievance has this reference",
  "feedback.reference":
    "Enter the 12 letters and digits you were given when you sent it, such as 7K3M-9QXP-2D4F",
  "feedback.handler_only": "Only the organisation handling it, or an administrator, may {{action}} it",
  "feedback.cannot_move": "Cannot {{action}} a message that is {{status}}",
  "feedback.answer_required": "Write the answer: the words the sender will read",
  "feedback.reason_required": "Give a reason to reopen it",
  "feedback.organisation_of_service": "The organisation must be the service's own organisation, or left out",
  "feedback.grievance_elsewhere": "A grievance is never handled by the organisation it is about",
  "feedback.service_required": "Choose the service it is about",
  "feedback.organisation_required": "Choose the organisation it is about",
  "feedback.staff_name_only_for_staff": "A member of staff is named only when it is about staff",
  "feedback.rating_only_for_feedback": "A rating goes with feedback, not with a grievance",
  "feedback.anonymous": "An anonymous message carries no name, phone or email",
  "feedback.name_required": "Give your name, or send the message anonymously",

  // ---- the audit ----------------------------------------------------------------------------------------
  "audit.record_or_person": "Give the record or the person whose audit to read (recordId or personId)",
  "audit.unknown_event": "No audit event has the number {{seq}}",
  "audit.admin_reads": "Only administrators may read the audit of records without a person",
  "audit.lead_reads":
    "Only the lead organisation's case managers and counsellors (or an administrator) read this record's audit",

  // ---- indicators and published tables ------------------------------------------------------------------
  "indicator.split_twice_at_most": "An indicator is split by at most two disaggregations",
  "indicator.split_repeated": "A disaggregation is named twice",
  "indicator.cannot_split": "{{indicator}} cannot be split by {{split}}; it can be by {{allowed}}",
  "indicator.cannot_filter": "{{indicator}} cannot be filtered by {{filter}}",
  "indicator.not_found": "There is no indicator {{code}}",
  "indicator.from_after_to": "The start of the period must not be after its end",
  "indicator.no_cases_behind": "{{indicator}} counts feedback and grievances, which no case stands behind",
  "indicator.cases_restricted":
    "{{indicator}} rests on health or psychosocial answers: only the lead organisation's case managers and counsellors list the cases behind it",
  "indicator.one_currency":
    "{{indicator}} adds up money in the currency it was given in: split it by currency or keep one currency",
  "indicator.threshold": "The threshold must be a whole number of at least 1, not {{threshold}}",
  "indicator.no_rows": "A table needs at least one row",
  "indicator.no_columns": "A table needs at least one column",
  "indicator.ragged_row": "Row {{row}} has {{counts}} counts where the first has {{width}}",
  "indicator.bad_count":
    "The count in row {{row}}, column {{column}} must be a whole number of people, not {{value}}",
} as const satisfies Record<string, string>;

export type ErrorKey = keyof typeof errorMessages;

/** The variable parts of a message: numbers and short strings, never another person's data. */
export type ErrorValues = Record<string, string | number>;

/** The placeholders of a template, as a union of their names. */
type Placeholders<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The values a key's template needs (more may be given, for API clients). */
export type ErrorValuesOf<K extends ErrorKey> = Record<
  Placeholders<(typeof errorMessages)[K]>,
  string | number
> &
  ErrorValues;

/** The values argument of a key: required when its template has placeholders, optional otherwise. */
export type ValuesArgument<K extends ErrorKey> = [Placeholders<(typeof errorMessages)[K]>] extends [never]
  ? [values?: ErrorValues]
  : [values: ErrorValuesOf<K>];

/** The keys whose messages have no variable parts. */
export type PlainErrorKey = {
  [K in ErrorKey]: [Placeholders<(typeof errorMessages)[K]>] extends [never] ? K : never;
}[ErrorKey];

export const isErrorKey = (key: string): key is ErrorKey => Object.hasOwn(errorMessages, key);

/** The placeholders a template names, in order. */
export const placeholdersOf = (template: string): string[] =>
  [...template.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]!);

/** The English message of a key with its values; a placeholder without a value stays as it is written. */
export function errorMessage(key: ErrorKey, values: ErrorValues = {}): string {
  return errorMessages[key].replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (written, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : written,
  );
}
