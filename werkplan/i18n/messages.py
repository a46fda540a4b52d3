"""Messages: problems found in a plan, and what the commands say while they work.

A message key may have optional continuations named ``key+arg``: they are appended when the
argument ``arg`` is not empty (for example a suggested fix that only exists sometimes). A
continuation ``*+arg`` serves every message whose own text does not show ``arg``.
"""

from __future__ import annotations

from werkplan.i18n.languages import DE, EN

TEXTS: dict[str, dict[str, str]] = {
    # --- reading files -------------------------------------------------------------------
    "encoding_utf16": {
        DE: "Die Datei ist als {name} gespeichert. Speichern Sie sie als UTF-8 "
        "(im Editor: „Speichern unter“ → Kodierung UTF-8).",
        EN: "The file is saved as {name}. Save it as UTF-8 (in your editor: "
        "'Save as' → encoding UTF-8).",
    },
    "not_utf8": {
        DE: "Das Byte {byte} ist kein gültiges UTF-8 – die Datei wurde wohl als Windows-1252 "
        "oder Latin-1 gespeichert. Speichern Sie sie als UTF-8.",
        EN: "The byte {byte} is not valid UTF-8 – the file was probably saved as Windows-1252 "
        "or Latin-1. Save it as UTF-8.",
    },
    "forbidden_character": {
        DE: "Unerlaubtes Steuerzeichen {code}. Löschen Sie es (oft beim Kopieren aus anderen "
        "Programmen eingefügt).",
        EN: "Forbidden control character {code}. Delete it (it often comes in when pasting "
        "from other programs).",
    },
    "escaped_control": {
        DE: "Die Escape-Sequenz {escape} ergibt das Steuerzeichen {code}, das in einem Plan nicht "
        "stehen darf. Löschen Sie sie (einen Zeilenumbruch schreiben Sie als \\n, einen "
        "Tabulator als \\t).",
        EN: "The escape {escape} makes the control character {code}, which a plan may not "
        "hold. Delete it (write a line break as \\n, a tab as \\t).",
    },
    "odd_line_break": {
        DE: "Ungewöhnlicher Zeilenumbruch {code} (oft aus Textverarbeitungen kopiert). Ersetzen "
        "Sie ihn durch einen normalen Zeilenumbruch oder ein Leerzeichen.",
        EN: "Unusual line break {code} (often pasted from word processors). Replace it with a "
        "normal line break or a space.",
    },
    "not_regular": {
        DE: "Keine normale Datei (z. B. eine Pipe oder ein Gerät); werkplan liest sie nicht. "
        "Entfernen Sie sie aus dem Plan-Verzeichnis.",
        EN: "Not a regular file (for example a pipe or a device); werkplan does not read it. "
        "Remove it from the plan directory.",
    },
    "file_too_large": {
        DE: "Die Datei ist größer als {limit} MiB. Teilen Sie sie auf mehrere Dateien auf, "
        "z. B. eine je Handlungsfeld.",
        EN: "The file is larger than {limit} MiB. Split it into several files, for example "
        "one per field of action.",
    },
    "dangling_link": {
        DE: "Die Verknüpfung zeigt auf eine Datei, die es nicht mehr gibt. Löschen Sie die "
        "Verknüpfung oder stellen Sie die Datei wieder her.",
        EN: "The link points to a file that no longer exists. Delete the link or restore the file.",
    },
    "link_loop": {
        DE: "Die Verknüpfung zeigt im Kreis auf sich selbst. Löschen Sie sie.",
        EN: "The link points to itself in a circle. Delete it.",
    },
    "unreadable": {
        DE: "Die Datei lässt sich nicht lesen ({reason}). Prüfen Sie die Zugriffsrechte.",
        EN: "The file cannot be read ({reason}). Check its permissions.",
    },
    "plan_dir_missing": {
        DE: "Das Plan-Verzeichnis „{path}“ gibt es nicht. Geben Sie den Ordner mit den "
        "YAML-Dateien des Plans an, z. B. `werkplan check plans`, oder rufen Sie werkplan in "
        "diesem Ordner auf (dort, wo die Datei mit `plan:` liegt).",
        EN: "The plan directory '{path}' does not exist. Name the folder that holds the "
        "plan's YAML files, for example `werkplan check plans`, or run werkplan inside that "
        "folder (where the file with `plan:` is).",
    },
    "init_not_dir": {
        DE: "„{path}“ ist eine Datei. `werkplan init` legt einen neuen Plan in einem Ordner an: "
        "Geben Sie einen neuen oder leeren Ordner an, etwa `werkplan init plan`.",
        EN: "'{path}' is a file. `werkplan init` makes a new plan in a folder: name a new or "
        "empty folder, such as `werkplan init plan`.",
    },
    "plan_dir_not_dir": {
        DE: "„{path}“ ist eine Datei, kein Verzeichnis. Geben Sie den Ordner an, in dem die "
        "Datei liegt.",
        EN: "'{path}' is a file, not a directory. Name the folder the file is in.",
    },
    "plan_dir_unreadable": {
        DE: "Das Plan-Verzeichnis „{path}“ lässt sich nicht lesen ({reason}).",
        EN: "The plan directory '{path}' cannot be read ({reason}).",
    },
    "plan_folder_unreadable": {
        DE: "Der Ordner „{folder}“ im Plan-Verzeichnis „{path}“ lässt sich nicht lesen "
        "({reason}). Prüfen Sie die Zugriffsrechte, oder geben Sie den Ordner mit den "
        "YAML-Dateien des Plans an.",
        EN: "The folder '{folder}' in the plan directory '{path}' cannot be read ({reason}). "
        "Check its permissions, or name the folder that holds the plan's YAML files.",
    },
    "plan_dir_too_deep": {
        DE: "Im Plan-Verzeichnis „{path}“ liegen Ordner in mehr als {limit:# Ebene|# Ebenen} "
        "({folder}). Ein Plan braucht zwei oder drei; geben Sie den Ordner mit den YAML-Dateien "
        "des Plans an oder entfernen Sie die tiefe Ordnerkette.",
        EN: "The plan directory '{path}' has folders more than {limit:# level|# levels} deep "
        "({folder}). A plan needs two or three; name the folder that holds the plan's YAML "
        "files, or remove the deep chain of folders.",
    },
    "plan_dir_too_large": {
        DE: "Im Plan-Verzeichnis „{path}“ liegen mehr als {limit:# Datei|# Dateien} und Ordner – "
        "ist das der Ordner des Plans? Geben Sie den Ordner mit den YAML-Dateien des Plans an, "
        "z. B. `werkplan check plans`.",
        EN: "The plan directory '{path}' holds more than {limit:# file|# files} and folders – is "
        "it the plan's folder? Name the folder that holds the plan's YAML files, for example "
        "`werkplan check plans`.",
    },
    "plan_dir_empty": {
        DE: "In „{path}“ liegen keine *.yaml- oder *.yml-Dateien. Ein Plan braucht mindestens "
        "eine Datei mit einem Abschnitt `plan:` (Titel, Verwaltung, Laufzeit); "
        "`docs/plan-format.md` zeigt ein Beispiel.",
        EN: "There are no *.yaml or *.yml files in '{path}'. A plan needs at least one file "
        "with a `plan:` section (title, organisation, period); `docs/plan-format.md` shows "
        "an example.",
    },
    "plan_too_large": {
        DE: "Die Plan-Dateien in „{path}“ sind zusammen {size} MiB groß; werkplan liest "
        "höchstens {limit} MiB je Plan. Verschieben Sie *.yaml-Dateien, die nicht zum Plan "
        "gehören (etwa Datenexporte), aus dem Ordner, oder teilen Sie den Plan auf mehrere "
        "Plan-Verzeichnisse auf.",
        EN: "The plan files in '{path}' take {size} MiB together; werkplan reads at most "
        "{limit} MiB per plan. Move *.yaml files that are not part of the plan (such as data "
        "exports) out of the folder, or split the plan into several plan directories.",
    },
    # --- YAML syntax ---------------------------------------------------------------------
    # libyaml's own words (`detail`) are English: only the English texts show them.
    "yaml_unreadable": {
        DE: "YAML-Syntaxfehler: Die Datei lässt sich ab hier nicht lesen. Prüfen Sie diese und "
        "die Zeile davor: Einrückung, Doppelpunkte, Anführungszeichen. Text mit `: `, ` #` oder "
        'Anführungszeichen gehört in gerade Anführungszeichen `"…"`.',
        EN: "YAML syntax error: the file cannot be read from here on ({detail}). Check this "
        "line and the one before: indentation, colons, quotes. Text with `: `, ` #` or quotes "
        'belongs in straight quotes `"…"`.',
    },
    "yaml_tab": {
        DE: "YAML-Syntaxfehler: Tabulator zum Einrücken. YAML erlaubt nur Leerzeichen; "
        "ersetzen Sie den Tabulator durch Leerzeichen.",
        EN: "YAML syntax error: a tab used for indentation. YAML allows only spaces; replace "
        "the tab with spaces.",
    },
    "yaml_missing_colon": {
        DE: "YAML-Syntaxfehler: Nach `{key}` fehlt der Doppelpunkt. Schreiben Sie `{fix}`.",
        EN: "YAML syntax error: the colon after `{key}` is missing. Write `{fix}`.",
    },
    "yaml_line_without_colon": {
        DE: "YAML-Syntaxfehler: Die Zeile hat keinen Doppelpunkt. Setzt sie den Text von "
        "`{above}` fort, rücken Sie sie weiter ein als `{above}`, z. B. {spaces} Leerzeichen. "
        "Ist `{word}` dagegen ein neuer Schlüssel, schreiben Sie `{fix}`.",
        EN: "YAML syntax error: the line has no colon. If it continues the text of `{above}`, "
        "indent it further than `{above}`, for example by {spaces} spaces. If `{word}` is a "
        "new key instead, write `{fix}`.",
    },
    "yaml_colon_space": {
        DE: "YAML-Syntaxfehler: Nach dem Doppelpunkt fehlt ein Leerzeichen. Schreiben Sie `{fix}`.",
        EN: "YAML syntax error: a space is missing after the colon. Write `{fix}`.",
    },
    "yaml_dash_space": {
        DE: "YAML-Syntaxfehler: Nach dem `-` eines Listeneintrags fehlt ein Leerzeichen. "
        "Schreiben Sie `{fix}`.",
        EN: "YAML syntax error: a space is missing after the `-` of a list entry. Write `{fix}`.",
    },
    "yaml_colon": {
        DE: "YAML-Syntaxfehler: Im Text steht ein Doppelpunkt mit Leerzeichen danach („: “); "
        "YAML liest ihn als neuen Schlüssel. Setzen Sie den ganzen Text in gerade "
        'Anführungszeichen `"…"`.',
        EN: "YAML syntax error: the text holds a colon followed by a space (': '); YAML reads "
        'it as a new key. Put the whole text in straight quotes `"…"`.',
    },
    "yaml_colon+typographic": {
        DE: " Typografische Anführungszeichen wie {typographic} zählen für YAML nicht, sie "
        "bleiben Teil des Textes.",
        EN: " Typographic quotes such as {typographic} do not count for YAML; they stay part "
        "of the text.",
    },
    "yaml_over_indented": {
        DE: "YAML-Syntaxfehler: `{key}` ist weiter eingerückt als `{sibling}` in Zeile "
        "{sibling_line}; YAML liest die Zeile deshalb als Fortsetzung des Werts darüber. "
        "Rücken Sie `{key}` so weit ein wie `{sibling}` ({spaces} Leerzeichen).",
        EN: "YAML syntax error: `{key}` is indented further than `{sibling}` on line "
        "{sibling_line}, so YAML reads the line as part of the value above. Indent `{key}` "
        "as far as `{sibling}` ({spaces} {spaces:space|spaces}).",
    },
    "yaml_indentation": {
        DE: "YAML-Syntaxfehler: Die Zeile ist {spaces} Leerzeichen eingerückt; das passt zu "
        "keiner Ebene darüber. Rücken Sie sie so weit ein wie die Einträge, zu denen sie "
        "gehört – vermutlich {expected} Leerzeichen wie in Zeile {example_line}.",
        EN: "YAML syntax error: the line is indented by {spaces} {spaces:space|spaces}, which "
        "matches no level above. Indent it as far as the entries it belongs to – probably "
        "{expected} {expected:space|spaces} as on line {example_line}.",
    },
    "yaml_empty_key": {
        DE: "YAML-Syntaxfehler: Vor dem Doppelpunkt fehlt der Schlüssel. Schreiben Sie ihn "
        "davor (z. B. `title: …`) oder löschen Sie den Doppelpunkt.",
        EN: "YAML syntax error: the key before the colon is missing. Write it in front (for "
        "example `title: …`) or delete the colon.",
    },
    "yaml_text_after_quote": {
        DE: "YAML-Syntaxfehler: Für YAML endet der Wert mit dem schließenden `{closing}`, doch "
        "danach geht der Text weiter. Setzen Sie den ganzen Text in Anführungszeichen: `{fix}`.",
        EN: "YAML syntax error: for YAML the value ends at the closing `{closing}`, but the text "
        "goes on after it. Put the whole text in quotes: `{fix}`.",
    },
    "yaml_text_after_bracket": {
        DE: "YAML-Syntaxfehler: Ein Wert, der mit einer Klammer beginnt, ist für YAML eine "
        "Liste oder Zuordnung; nach `{closing}` geht der Text aber weiter. Setzen Sie den ganzen "
        "Text in Anführungszeichen: `{fix}`.",
        EN: "YAML syntax error: a value that starts with a bracket is a list or mapping for "
        "YAML, but the text goes on after `{closing}`. Put the whole text in quotes: `{fix}`.",
    },
    "yaml_indicator": {
        DE: "YAML-Syntaxfehler: Ein Wert, der mit dem Zeichen {char} beginnt, hat in YAML eine "
        "eigene Bedeutung. Setzen Sie den Text in Anführungszeichen: `{fix}`.",
        EN: "YAML syntax error: a value starting with the character {char} means something "
        "else to YAML. Put the text in quotes: `{fix}`.",
    },
    "yaml_unclosed_quote": {
        DE: "YAML-Syntaxfehler: Das Anführungszeichen `{quote}` hier wird nicht geschlossen. "
        "Setzen Sie ans Ende des Textes ein zweites `{quote}`.",
        EN: "YAML syntax error: the quote `{quote}` here is never closed. Put a second "
        "`{quote}` at the end of the text.",
    },
    "yaml_flow": {
        DE: "YAML-Syntaxfehler: Die Klammer `{opening}` wird nicht geschlossen, oder zwischen "
        "zwei Einträgen fehlt ein Komma. Schließen Sie sie mit `{closing}`.",
        EN: "YAML syntax error: the bracket `{opening}` is not closed, or a comma is missing "
        "between two entries. Close it with `{closing}`.",
    },
    "yaml_tag_handle": {
        DE: "YAML-Syntaxfehler: unbekannter Tag. Plan-Dateien brauchen keine Tags; entfernen "
        "Sie das `!…`.",
        EN: "YAML syntax error: unknown tag ({detail}). Plan files need no tags; remove the `!…`.",
    },
    "yaml_version": {
        DE: "YAML-Syntaxfehler: Diese YAML-Version wird nicht unterstützt. Entfernen Sie die "
        "Zeile `%YAML …`.",
        EN: "YAML syntax error: this YAML version is not supported ({detail}). Remove the "
        "`%YAML …` line.",
    },
    "multi_document": {
        DE: "Hier beginnt ein zweites YAML-Dokument (`---`). Eine Plan-Datei enthält genau "
        "ein Dokument: Entfernen Sie die Zeile `---` oder legen Sie eine zweite Datei an.",
        EN: "A second YAML document starts here (`---`). A plan file holds exactly one "
        "document: remove the `---` line or start a second file.",
    },
    "too_deep": {
        DE: "Die Daten sind tiefer als {limit} {limit:Ebene|Ebenen} verschachtelt. Ein Plan "
        "braucht nur wenige Ebenen; prüfen Sie die Klammern und Einrückung.",
        EN: "The data is nested deeper than {limit} {limit:level|levels}. A plan needs only a "
        "few levels; check brackets and indentation.",
    },
    "too_many_nodes": {
        DE: "Die Datei enthält mehr als {limit} {limit:Wert|Werte}. Teilen Sie sie auf mehrere "
        "Dateien auf.",
        EN: "The file holds more than {limit} {limit:value|values}. Split it into several files.",
    },
    "too_many_nodes_aliases": {
        DE: "Die Verweise (*Alias) blähen die Daten auf über {limit} {limit:Wert|Werte} auf. "
        "Schreiben Sie die Werte aus, statt Aliasse zu verschachteln.",
        EN: "The aliases (*alias) blow the data up to more than {limit} {limit:value|values}. "
        "Write the values out instead of nesting aliases.",
    },
    "recursive_alias": {
        DE: "Der Alias *{name} verweist auf sich selbst. Entfernen Sie den Alias.",
        EN: "The alias *{name} refers to itself. Remove the alias.",
    },
    "unknown_alias": {
        DE: "Der Alias *{name} verweist auf keinen Anker &{name} weiter oben in der Datei. "
        "Setzen Sie den Anker vor den Alias oder schreiben Sie den Wert aus.",
        EN: "The alias *{name} refers to no anchor &{name} earlier in the file. Put the "
        "anchor before the alias or write the value out.",
    },
    "tag_not_allowed": {
        DE: "Der YAML-Tag `{tag}` wird nicht unterstützt. Entfernen Sie ihn; werkplan liest "
        "alle Werte als Text, Datum oder Zahl nach dem Plan-Format.",
        EN: "The YAML tag `{tag}` is not supported. Remove it; werkplan reads every value as "
        "text, date or number according to the plan format.",
    },
    "bad_merge": {
        DE: "`<<` kann nur Abschnitte (Schlüssel: Wert) einmischen, keine einzelnen Werte.",
        EN: "`<<` can only merge in mappings (key: value), not single values.",
    },
    "key_not_text": {
        DE: "Ein Schlüssel muss ein einfacher Name sein, keine Liste oder Zuordnung.",
        EN: "A key must be a plain name, not a list or mapping.",
    },
    "duplicate_key": {
        DE: "Der Schlüssel `{key}` steht hier ein zweites Mal (zuerst in Zeile {first_line}). "
        "Löschen Sie einen der beiden Einträge; sonst ginge einer verloren.",
        EN: "The key `{key}` appears a second time here (first on line {first_line}). Delete "
        "one of the two; otherwise one would be lost.",
    },
    # A continuation every message with a `suggestion` argument shares.
    "*+suggestion": {DE: " Meinten Sie `{suggestion}`?", EN: " Did you mean `{suggestion}`?"},
    "*+fix": {DE: " Also: `{fix}`.", EN: " So: `{fix}`."},
    # --- shape and types -----------------------------------------------------------------
    "empty_file": {
        DE: "Die Datei ist leer. Eine Plan-Datei enthält Abschnitte wie `measures:` oder "
        "`actors:`; löschen Sie die Datei, wenn sie nicht gebraucht wird.",
        EN: "The file is empty. A plan file holds sections such as `measures:` or `actors:`; "
        "delete the file if it is not needed.",
    },
    "file_not_mapping": {
        DE: "Eine Plan-Datei beginnt mit Abschnittsnamen wie `measures:`, `goals:` oder "
        "`plan:` (gefunden: {found}). Schreiben Sie z. B. `measures:` in die erste Zeile und "
        "rücken Sie die Einträge darunter ein.",
        EN: "A plan file starts with section names such as `measures:`, `goals:` or `plan:` "
        "(found: {found}). Write for example `measures:` on the first line and indent the "
        "entries below it.",
    },
    "section_not_mapping": {
        DE: "Unter `{section}:` stehen Angaben als `Schlüssel: Wert`, eingerückt (gefunden: "
        "{found}). Beispiel: `{section}:` und darunter `  title: …`.",
        EN: "`{section}:` holds indented `key: value` lines (found: {found}). Example: "
        "`{section}:` and below it `  title: …`.",
    },
    "section_not_list": {
        DE: "Unter `{section}:` steht eine Liste; jeder Eintrag beginnt eingerückt mit `- ` "
        "(gefunden: {found}). Beispiel: `  - id: …`.",
        EN: "`{section}:` holds a list; each entry starts indented with `- ` (found: "
        "{found}). Example: `  - id: …`.",
    },
    "entity_not_mapping": {
        DE: "Ein Eintrag ({entity}) besteht aus Angaben wie `id:` und `title:` (gefunden: "
        "{found}). Beispiel: `  - id: M-1` und darunter `    title: …`.",
        EN: "An entry ({entity}) consists of keys such as `id:` and `title:` (found: "
        "{found}). Example: `  - id: M-1` and below it `    title: …`.",
    },
    "missing_key": {
        DE: "{what}{id}: Die Angabe `{key}` fehlt oder ist leer. Ergänzen Sie `{key}: …`.",
        EN: "{what}{id}: `{key}` is missing or empty. Add `{key}: …`.",
    },
    "missing_key+comment": {
        DE: " Achtung: `#` beginnt in YAML einen Kommentar – setzen Sie den Text in "
        'Anführungszeichen, z. B. `{key}: "#WirAlle …"`.',
        EN: " Note: `#` starts a comment in YAML – put the text in quotes, for example "
        '`{key}: "#WirAlle …"`.',
    },
    "comment_in_text": {
        DE: "`{key}` endet nach „{value}“: ` #` beginnt in YAML einen Kommentar, „#{comment}“ "
        "fehlt deshalb im Plan. Gehört es zum Text, setzen Sie den ganzen Text in "
        "Anführungszeichen: `{fix}`.",
        EN: "`{key}` ends after '{value}': ` #` starts a comment in YAML, so '#{comment}' is "
        "missing from the plan. If it belongs to the text, put the whole text in quotes: "
        "`{fix}`.",
    },
    # inside a mapping or a list entry: where it is missing, and what to write there
    "missing_inner_key": {
        DE: "{what}{id}: Die Angabe {key} fehlt oder ist leer. Ergänzen Sie `{name}: …`.",
        EN: "{what}{id}: {key} is missing or empty. Add `{name}: …`.",
    },
    "missing_inner_key+comment": {
        DE: " Achtung: `#` beginnt in YAML einen Kommentar – setzen Sie den Text in "
        'Anführungszeichen, z. B. `{name}: "#WirAlle …"`.',
        EN: " Note: `#` starts a comment in YAML – put the text in quotes, for example "
        '`{name}: "#WirAlle …"`.',
    },
    "invalid_id": {
        DE: "„{value}“ ist keine gültige ID. IDs bestehen aus Buchstaben ohne Umlaute (A–Z), "
        "Ziffern, `-`, `_` und `.`, ohne Leerzeichen, z. B. `M-1.2` oder `amt-soziales`.",
        EN: "'{value}' is not a valid id. Ids consist of letters A–Z without accents, digits, "
        "`-`, `_` and `.`, without spaces, for example `M-1.2` or `social-office`.",
    },
    "name_for_id": {
        DE: "„{value}“ ist ein Name, keine ID: `{key}` nennt Einträge aus `{section}:` mit "
        "ihrer ID. Schreiben Sie `{id}`.",
        EN: "'{value}' is a name, not an id: `{key}` names entries of `{section}:` by their "
        "id. Write `{id}`.",
    },
    # For keys that name an actor (owner, partners, parent, participants).
    "invalid_id+person": {
        DE: " Hier steht wohl eine Person: `{key}` nennt eine Stelle oder ein Gremium (einen "
        "Akteur), keine Person.",
        EN: " This looks like a person: `{key}` names an office or body (an actor), not a person.",
    },
    "invalid_id+new_actor": {
        DE: " Tragen Sie die ID eines Akteurs aus `actors:` ein; gibt es die Stelle dort noch "
        "nicht, legt `{new_actor}` sie an und nennt ihre ID.",
        EN: " Put the id of an actor from `actors:` here; if the body is not there yet, "
        "`{new_actor}` adds it and prints its id.",
    },
    "actor_person_name": {
        DE: "Akteur {id}: „{name}“ sieht nach dem Namen einer Person aus. Akteure sind Stellen "
        "und Gremien: Tragen Sie den Namen der Stelle ein (z. B. „Sozialplanung“) und unter "
        "`contact:` ein Funktionspostfach. Namen von Mitarbeitenden gehören nicht in einen "
        "Plan, der veröffentlicht und jahrelang aufbewahrt wird, und die Stelle bleibt, wenn "
        "Personen wechseln.",
        EN: "Actor {id}: '{name}' looks like a person's name. Actors are offices and bodies: "
        "give the office's name (for example 'Social planning') and a team mailbox under "
        "`contact:`. Staff names do not belong in a plan that is published and kept for years, "
        "and the office stays when people change.",
    },
    "not_whole_number": {
        DE: "`{key}` erwartet eine ganze Zahl von {minimum} bis {maximum}, gefunden: „{value}“.",
        EN: "`{key}` expects a whole number from {minimum} to {maximum}, found '{value}'.",
    },
    "wrong_type": {
        DE: "`{key}` erwartet {expected} (gefunden: {found}).",
        EN: "`{key}` expects {expected} (found: {found}).",
    },
    "wrong_type+allowed": {
        DE: " Erlaubt: {allowed}.",
        EN: " Allowed: {allowed}.",
    },
    "scalar_for_list": {
        DE: "`{key}` erwartet eine Liste, auch bei nur einem Eintrag. Schreiben Sie "
        "`{key}: [{value}]`.",
        EN: "`{key}` expects a list, even for a single entry. Write `{key}: [{value}]`.",
    },
    "invalid_choice": {
        DE: "„{value}“ ist kein erlaubter Wert für `{key}`. Erlaubt: {allowed}.",
        EN: "'{value}' is not an allowed value for `{key}`. Allowed: {allowed}.",
    },
    "invalid_choice+candidates": {
        DE: " „{value}“ kann mehreres heißen – wählen Sie einen dieser Werte: {candidates}.",
        EN: " '{value}' can mean more than one – choose one of: {candidates}.",
    },
    "unknown_key": {
        DE: "Unbekannter Schlüssel `{key}` ({what}).",
        EN: "Unknown key `{key}` ({what}).",
    },
    "unknown_key+invisible": {
        DE: " Er enthält unsichtbare Zeichen ({invisible}); tippen Sie ihn neu.",
        EN: " It contains invisible characters ({invisible}); type it again.",
    },
    "unknown_key+known": {
        DE: " Bekannt sind: {known}.",
        EN: " Known keys: {known}.",
    },
    "date_bad_month": {
        DE: "„{value}“ ist kein gültiges Datum: Einen Monat {month} gibt es nicht. Schreiben "
        "Sie das Datum als JJJJ-MM-TT.",
        EN: "'{value}' is not a valid date: there is no month {month}. Write the date as "
        "YYYY-MM-DD.",
    },
    "date_bad_day": {
        DE: "„{value}“ ist kein gültiges Datum: Der {month} {year} hat nur {days} {days:Tag|Tage}.",
        EN: "'{value}' is not a valid date: {month} {year} has only {days} {days:day|days}.",
    },
    "date_german": {
        DE: "„{value}“: Datumsangaben werden in der Datei als JJJJ-MM-TT geschrieben. "
        "Schreiben Sie {iso}.",
        EN: "'{value}': dates are written as YYYY-MM-DD in plan files. Write {iso}.",
    },
    "date_padding": {
        DE: "„{value}“: Monat und Tag brauchen zwei Ziffern. Schreiben Sie {iso}.",
        EN: "'{value}': month and day need two digits. Write {iso}.",
    },
    "date_with_time": {
        DE: "„{value}“: Hier steht nur ein Datum, keine Uhrzeit. Schreiben Sie {iso}.",
        EN: "'{value}': only a date belongs here, no time. Write {iso}.",
    },
    "date_not_iso": {
        DE: "„{value}“ ist kein Datum. Schreiben Sie Datumsangaben als JJJJ-MM-TT, z. B. "
        "2026-03-31.",
        EN: "'{value}' is not a date. Write dates as YYYY-MM-DD, for example 2026-03-31.",
    },
    "date_bad_year": {
        DE: "„{value}“ ist kein gültiges Datum: Das Jahr muss zwischen 1900 und 2200 liegen.",
        EN: "'{value}' is not a valid date: the year must lie between 1900 and 2200.",
    },
    "date_impossible": {
        DE: "„{value}“: Datumsangaben werden als JJJJ-MM-TT geschrieben – und diesen Tag gibt "
        "es nicht. Prüfen Sie Tag und Monat.",
        EN: "'{value}': dates are written as YYYY-MM-DD – and this day does not exist. Check "
        "day and month.",
    },
    # --- values of the richer format ------------------------------------------------------
    "date_needs_day": {
        DE: "`{key}` braucht einen genauen Tag als JJJJ-MM-TT, gefunden: „{value}“. Schreiben "
        "Sie z. B. den letzten Tag des Zeitraums.",
        EN: "`{key}` needs an exact day as YYYY-MM-DD, found '{value}'. Write for example the "
        "last day of the period.",
    },
    "timeframe_written": {
        DE: "„{value}“ ({meaning}): Zeiträume werden in der Datei als `{canonical}` "
        "geschrieben. Schreiben Sie `{key}: {canonical}`.",
        EN: "'{value}' ({meaning}): time frames are written as `{canonical}` in plan files. "
        "Write `{key}: {canonical}`.",
    },
    "timeframe_bad_year": {
        DE: "„{value}“: Das Jahr muss zwischen {minimum} und {maximum} liegen.",
        EN: "'{value}': the year must lie between {minimum} and {maximum}.",
    },
    "timeframe_not_iso": {
        DE: "„{value}“ ist kein Zeitraum, den werkplan liest. Schreiben Sie einen Tag "
        "(2026-06-30), einen Monat (2026-06), ein Quartal (2026-Q4), ein Halbjahr (2026-H2) "
        "oder ein Jahr (2026).",
        EN: "'{value}' is not a time frame werkplan reads. Write a day (2026-06-30), a month "
        "(2026-06), a quarter (2026-Q4), a half-year (2026-H2) or a year (2026).",
    },
    "number_too_large": {
        DE: "`{key}`: „{value}“ ist zu groß. werkplan liest Zahlen unter einer Billiarde "
        "(10^15), darüber wären Summen nicht mehr genau.",
        EN: "`{key}`: '{value}' is too large. werkplan reads numbers below a quadrillion "
        "(10^15); above that, sums would no longer be exact.",
    },
    "timeframe_range": {
        DE: "„{value}“ nennt einen Zeitraum von {first} bis {last}; `{key}` nimmt nur einen "
        "Zeitpunkt. Schreiben Sie Beginn und Ende getrennt: `start: {first}` und "
        "`{end}: {last}`.",
        EN: "'{value}' names a span from {first} to {last}; `{key}` takes one point in time. "
        "Write start and end apart: `start: {first}` and `{end}: {last}`.",
    },
    "timeframe_range_end": {
        DE: "„{value}“ nennt einen Zeitraum von {first} bis {last}; `{key}` nimmt nur einen "
        "Zeitpunkt. Schreiben Sie das Ende: `{key}: {last}`.",
        EN: "'{value}' names a span from {first} to {last}; `{key}` takes one point in time. "
        "Write its end: `{key}: {last}`.",
    },
    "not_a_number": {
        DE: "`{key}` erwartet eine Zahl, gefunden: „{value}“. Schreiben Sie nur die Zahl, z. B. "
        "`1100000` oder `1.5`.",
        EN: "`{key}` expects a number, found '{value}'. Write the number alone, for example "
        "`1100000` or `1.5`.",
    },
    "number_written": {
        DE: "`{key}`: „{value}“ ist als Zahl so nicht lesbar. Schreiben Sie `{number}` – ohne "
        "Tausenderpunkte, Einheit oder €, mit Dezimalpunkt.",
        EN: "`{key}`: '{value}' cannot be read as a number. Write `{number}` – without "
        "thousands separators, unit or €, with a decimal point.",
    },
    "amount_thousands_point": {
        DE: "`{key}`: „{value}“ wird als {read} gelesen, denn der Punkt ist in Plan-Dateien "
        "ein Dezimalpunkt. Schreiben Sie `{number}` – Beträge ohne Tausenderpunkte.",
        EN: "`{key}`: '{value}' reads as {read}, since the point in plan files is a decimal "
        "point. Write `{number}` – amounts without thousands separators.",
    },
    "number_split_at_comma": {
        DE: "`{key}`: „{value}“ wird in `{{…}}` als zwei Einträge gelesen ({first} und einer "
        "ohne Wert), denn dort trennt das Komma Einträge. Schreiben Sie `{number}`.",
        EN: "`{key}`: '{value}' inside `{{…}}` reads as two entries ({first} and one without "
        "a value), since the comma separates entries there. Write `{number}`.",
    },
    "number_split_at_comma_unit": {
        DE: "`{key}`: „{value}“ wird in `{{…}}` als zwei Einträge gelesen ({first} und einer "
        "ohne Wert), denn dort trennt das Komma Einträge. Schreiben Sie die Zahl mit "
        "Dezimalpunkt, ohne Einheit und ohne Tausenderpunkte.",
        EN: "`{key}`: '{value}' inside `{{…}}` reads as two entries ({first} and one without "
        "a value), since the comma separates entries there. Write the number with a decimal "
        "point, without unit or thousands separators.",
    },
    "number_out_of_range": {
        DE: "`{key}`: {value} liegt außerhalb des erlaubten Bereichs ({range}).",
        EN: "`{key}`: {value} lies outside the allowed range ({range}).",
    },
    "not_yes_no": {
        DE: "`{key}` erwartet ja oder nein (`true` oder `false`), gefunden: „{value}“.",
        EN: "`{key}` expects yes or no (`true` or `false`), found '{value}'.",
    },
    "invalid_url": {
        DE: "`{key}`: „{value}“ ist keine Adresse, die ein Bericht verlinken darf. Erlaubt sind "
        "`https://…`, `http://…` und `mailto:…`.",
        EN: "`{key}`: '{value}' is not an address a report may link to. Allowed are "
        "`https://…`, `http://…` and `mailto:…`.",
    },
    "not_a_year": {
        DE: "`{key}`: „{value}“ ist keine Jahreszahl. Schreiben Sie Beträge je Jahr als "
        "`{key}: {{2026: 450000, 2027: 450000}}`.",
        EN: "`{key}`: '{value}' is not a year. Write amounts per year as "
        "`{key}: {{2026: 450000, 2027: 450000}}`.",
    },
    "needs_one_of": {
        DE: "{what}{id}: Dieser Eintrag braucht mindestens eine dieser Angaben: {keys}.",
        EN: "{what}{id}: this entry needs at least one of: {keys}.",
    },
    "record_not_mapping": {
        DE: "Jeder Eintrag unter `{key}:` besteht aus Angaben als `Schlüssel: Wert` (gefunden: "
        "{found}). Beispiel: `  - {first}: …`.",
        EN: "Each entry under `{key}:` consists of `key: value` lines (found: {found}). "
        "Example: `  - {first}: …`.",
    },
    "scalar_for_records": {
        DE: "`{key}` erwartet eine Liste von Einträgen, jeder beginnt mit `- ` und hat eigene "
        "Angaben, z. B. `{key}:` und darunter `  - {first}: …`.",
        EN: "`{key}` expects a list of entries, each starting with `- ` and its own keys, for "
        "example `{key}:` and below it `  - {first}: …`.",
    },
    "unknown_vocabulary": {
        DE: "`{value}` ist keine Auswahlliste, die ein Plan umbenennen kann.",
        EN: "`{value}` is not a vocabulary a plan can relabel.",
    },
    "unknown_vocabulary+known": {DE: " Möglich: {known}.", EN: " Possible: {known}."},
    "label_clash": {
        DE: "Die Bezeichnung „{value}“ stünde für zwei Werte von „{vocabulary}“ ({first} und "
        "{second}); Eingaben wären nicht mehr eindeutig. Wählen Sie eine andere Bezeichnung.",
        EN: "The label '{value}' would stand for two values of '{vocabulary}' ({first} and "
        "{second}); input would be ambiguous. Choose another label.",
    },
    "unknown_attribute": {
        DE: "Unbekanntes Merkmal `{value}`. Merkmale legt der Plan unter `plan.attributes` fest.",
        EN: "Unknown attribute `{value}`. The plan defines its attributes under `plan.attributes`.",
    },
    "unknown_attribute+known": {DE: " Festgelegt sind: {known}.", EN: " Defined: {known}."},
    "attribute_not_applicable": {
        DE: "Das Merkmal `{value}` gilt nicht für {what}, sondern für: {sections}. Ergänzen Sie "
        "`applies_to` in seiner Festlegung oder entfernen Sie es hier.",
        EN: "The attribute `{value}` does not apply to {what} but to: {sections}. Extend "
        "`applies_to` in its definition or remove it here.",
    },
    "attribute_not_single": {
        DE: "Das Merkmal `{value}` erwartet einen einzelnen Wert, keine Liste oder Zuordnung.",
        EN: "The attribute `{value}` expects a single value, not a list or mapping.",
    },
    "attribute_not_a_choice": {
        DE: "`{key}`: „{value}“ ist keiner der festgelegten Werte. Erlaubt: {allowed}.",
        EN: "`{key}`: '{value}' is none of the defined values. Allowed: {allowed}.",
    },
    "attribute_missing": {
        DE: "{what}{id}: Das Merkmal `{value}` ist Pflicht. Ergänzen Sie "
        "`attributes: {{{value}: …}}`.",
        EN: "{what}{id}: the attribute `{value}` is required. Add `attributes: {{{value}: …}}`.",
    },
    "attribute_defined_twice": {
        DE: "Das Merkmal `{value}` ist zweimal festgelegt; nur die erste Festlegung gilt.",
        EN: "The attribute `{value}` is defined twice; only the first definition counts.",
    },
    "attribute_needs_choices": {
        DE: "Das Merkmal `{value}` ist eine Auswahl, nennt aber keine Werte. Ergänzen Sie "
        "`choices: [{{value: 1, label: niedrig}}, …]`.",
        EN: "The attribute `{value}` is a choice but names no values. Add "
        "`choices: [{{value: 1, label: low}}, …]`.",
    },
    "attribute_choices_unused": {
        DE: "Das Merkmal `{value}` nennt `choices`, ist aber keine Auswahl. Setzen Sie `kind: "
        "choice` oder `ordered_choice`, oder entfernen Sie `choices`.",
        EN: "The attribute `{value}` lists `choices` but is no choice. Set `kind: choice` or "
        "`ordered_choice`, or remove `choices`.",
    },
    "attribute_choice_twice": {
        DE: "Das Merkmal `{value}` nennt einen Wert unter `choices` zweimal.",
        EN: "The attribute `{value}` lists one value under `choices` twice.",
    },
    "attribute_range_unused": {
        DE: "`min` und `max` gelten nur für Merkmale mit `kind: number` (Merkmal `{value}`).",
        EN: "`min` and `max` apply only to attributes with `kind: number` (attribute `{value}`).",
    },
    "attribute_range_reversed": {
        DE: "Beim Merkmal `{value}` ist `min` größer als `max`.",
        EN: "For the attribute `{value}`, `min` is larger than `max`.",
    },
    "values_file_encoding": {
        DE: "Die Wertedatei ist nicht UTF-8. Speichern Sie sie als „CSV UTF-8“.",
        EN: "The values file is not UTF-8. Save it as 'CSV UTF-8'.",
    },
    "values_file_no_header": {
        DE: "Die erste Zeile der Wertedatei nennt die Spalten: `date;value` und optional "
        "`region;note` (auch `Datum;Wert;Region;Anmerkung`).",
        EN: "The first line of the values file names the columns: `date;value` and optionally "
        "`region;note`.",
    },
    "values_file_no_header+found": {DE: " Gefunden: „{found}“.", EN: " Found: '{found}'."},
    "values_file_extra_cells": {
        DE: "Die Zeile hat {cells:# Feld|# Felder}, die erste Zeile nennt aber nur "
        "{columns:# Spalte|# Spalten} ({header}); so ist nicht klar, welcher Wert wohin gehört. "
        "Prüfen Sie die Trennzeichen `{delimiter}` in dieser Zeile.",
        EN: "The row has {cells:# cell|# cells}, but the first line names only "
        "{columns:# column|# columns} ({header}), so it is unclear which value belongs where. "
        "Check the separators `{delimiter}` in this row.",
    },
    "values_file_extra_cells+comma": {
        DE: " Mit `,` als Trenner teilt ein Dezimalkomma die Zahl: Schreiben Sie `4.5` statt "
        "`4,5` oder trennen Sie die Spalten mit `;`; ein Komma in einer Anmerkung gehört in "
        "Anführungszeichen.",
        EN: " With `,` between columns a decimal comma splits the number: write `4.5` instead "
        "of `4,5` or separate the columns with `;`; a comma in a note goes in quotes.",
    },
    "values_file_missing_cells": {
        DE: "Die Zeile hat nur {cells:# Feld|# Felder}, die erste Zeile nennt "
        "{columns:# Spalte|# Spalten} ({header}). Ergänzen Sie die fehlenden Felder; ein leeres "
        "Feld ist nur das Trennzeichen `{delimiter}`.",
        EN: "The row has only {cells:# cell|# cells}, but the first line names "
        "{columns:# column|# columns} ({header}). Add the missing cells; an empty cell is just "
        "the separator `{delimiter}`.",
    },
    "values_file_too_long": {
        DE: "Die Wertedatei hat mehr als {limit:# Zeile|# Zeilen}; die übrigen werden nicht "
        "gelesen.",
        EN: "The values file has more than {limit:# row|# rows}; the rest is not read.",
    },
    "values_file_folder": {
        DE: "`values_file: {value}` ist ein Ordner; nennen Sie eine CSV-Datei darin, z. B. "
        "`{value}/k-treff.csv`.",
        EN: "`values_file: {value}` is a folder; name a CSV file in it, for example "
        "`{value}/k-places.csv`.",
    },
    "values_file_path": {
        DE: "`values_file: {value}` ist kein Pfad relativ zu dieser Datei. Nennen Sie eine "
        "CSV-Datei im Plan-Ordner, z. B. `kennzahlen/k-treff.csv`.",
        EN: "`values_file: {value}` is not a path relative to this file. Name a CSV file in "
        "the plan folder, for example `indicators/k-places.csv`.",
    },
    "outside_plan_dir": {
        DE: "Die Datei liegt außerhalb des Plan-Ordners; werkplan liest sie nicht. Legen Sie sie "
        "in den Plan-Ordner.",
        EN: "The file lies outside the plan folder; werkplan does not read it. Put it into the "
        "plan folder.",
    },
    "companion_missing": {
        DE: "Die Datei gibt es nicht. Prüfen Sie den Pfad unter `values_file` (relativ zur "
        "YAML-Datei).",
        EN: "The file does not exist. Check the path under `values_file` (relative to the YAML "
        "file).",
    },
    "schema_outdated": {
        DE: "Das Schema für Editoren {schema} passt nicht mehr zum Plan (IDs, Merkmale oder "
        "Bezeichnungen haben sich geändert, oder werkplan ist neuer): Editoren schlagen alte "
        "Werte vor und melden neue als Fehler. Schreiben Sie es neu: `{command}`",
        EN: "The editor schema {schema} no longer matches the plan (ids, attributes or labels "
        "changed, or werkplan is newer): editors suggest old values and flag new ones as "
        "errors. Write it again: `{command}`",
    },
    "schema_missing": {
        DE: "Die Editor-Zeile nennt das Schema {schema}, aber die Datei gibt es nicht; Editoren "
        "prüfen die Plan-Dateien daher nicht. Legen Sie es an: `{command}`",
        EN: "The editor line names the schema {schema}, but there is no such file, so editors "
        "do not check the plan files. Write it: `{command}`",
    },
    # --- plan rules ----------------------------------------------------------------------
    "missing_plan": {
        DE: "Kein Abschnitt `plan:` gefunden. Legen Sie eine Datei (z. B. `plan.yaml`) mit "
        "`plan:` an: Titel, Verwaltung und Laufzeit.",
        EN: "No `plan:` section found. Add a file (for example `plan.yaml`) with `plan:`: "
        "title, organisation and period.",
    },
    "duplicate_plan": {
        DE: "Ein zweiter Abschnitt `plan:` (der erste steht in {first}). Ein Plan hat genau "
        "einen; führen Sie beide zusammen.",
        EN: "A second `plan:` section (the first is in {first}). A plan has exactly one; "
        "merge the two.",
    },
    "duplicate_id": {
        DE: "{what} {id} ist doppelt vergeben (zuerst in {first}). Geben Sie einem der beiden "
        "eine neue ID.",
        EN: "{what} {id} is defined twice (first in {first}). Give one of them a new id.",
    },
    "unknown_reference": {
        DE: "{what} {id}: `{key}` nennt „{target}“, aber kein Eintrag unter `{section}:` hat "
        "diese ID.",
        EN: "{what} {id}: `{key}` names '{target}', but no entry under `{section}:` has that id.",
    },
    # The same for an entry without an id of its own (a plan without `id:`).
    "unknown_reference_unnamed": {
        DE: "{what}: `{key}` nennt „{target}“, aber kein Eintrag unter `{section}:` hat diese ID.",
        EN: "{what}: `{key}` names '{target}', but no entry under `{section}:` has that id.",
    },
    "parent_cycle": {
        DE: "Die Maßnahmen sind im Kreis einander untergeordnet: {cycle}. Korrigieren Sie eines "
        "der `parent`.",
        EN: "The measures are each other's parents in a circle: {cycle}. Correct one of the "
        "`parent` keys.",
    },
    "merged_without_target": {
        DE: "Maßnahme {id}: Status „Zusammengeführt“ braucht `merged_into: <ID>` – die Maßnahme, "
        "in der sie fortgeführt wird.",
        EN: "Measure {id}: status 'merged' needs `merged_into: <id>` – the measure it continues "
        "in.",
    },
    "self_reference": {
        DE: "Maßnahme {id}: `{key}` nennt die Maßnahme selbst. Nennen Sie eine andere Maßnahme "
        "oder entfernen Sie den Eintrag.",
        EN: "Measure {id}: `{key}` names the measure itself. Name another measure or remove the "
        "entry.",
    },
    "duplicate_number": {
        DE: "Maßnahme {id}: Die Nummer „{number}“ trägt schon Maßnahme {first}. Vergeben Sie "
        "jede Nummer nur einmal.",
        EN: "Measure {id}: the number '{number}' already belongs to measure {first}. Use each "
        "number once.",
    },
    "milestone_overdue": {
        DE: "Maßnahme {id}: Der Meilenstein „{milestone}“ ist seit {days:# Tag|# Tagen} "
        "überfällig (bis {due}). Tragen Sie `done: <Datum>` ein, wenn er erreicht ist, oder "
        "vereinbaren Sie einen neuen Termin.",
        EN: "Measure {id}: the milestone '{milestone}' is {days:# day|# days} overdue (due {due}). "
        "Add `done: <date>` when it is reached, or agree a new date.",
    },
    "funding_exceeds_costs": {
        DE: "Maßnahme {id}: Bewilligte und ausgezahlte Förderung ({funding}) übersteigt die "
        "Kosten insgesamt ({total}). Prüfen Sie `costs.total` und die Beträge unter `funding`.",
        EN: "Measure {id}: approved and paid funding ({funding}) exceeds the total costs "
        "({total}). Check `costs.total` and the amounts under `funding`.",
    },
    "update_in_future": {
        DE: "Maßnahme {id}: Der Sachstand ist auf den {date} datiert, nach heute ({today}). "
        "Sachstände halten fest, was war; prüfen Sie das Datum.",
        EN: "Measure {id}: the status entry is dated {date}, after today ({today}). Status "
        "entries record what was; check the date.",
    },
    "indicator_missed": {
        DE: "Kennzahl {id}{region}: Zielwert {target} für {target_date} nicht erreicht; "
        "letzter Wert {value} ({date}).",
        EN: "Indicator {id}{region}: target {target} for {target_date} not reached; latest "
        "value {value} ({date}).",
    },
    "indicator_behind": {
        DE: "Kennzahl {id}{region}: Der Wert {value} ({date}) liegt hinter dem Weg zum "
        "nächsten Zielwert; auf dem Weg wären es {expected}.",
        EN: "Indicator {id}{region}: at {value} ({date}) it lags behind the path to the next "
        "target; on the path it would be {expected}.",
    },
    "indicator_stale": {
        DE: "Kennzahl {id}{region}: Der letzte Wert ist von {date}, seit {days:# Tag|# "
        "Tagen} kein neuer (erwartet spätestens {limit:jeden Tag|alle # Tage}). Tragen Sie den "
        "aktuellen Wert ein (`werkplan values add`).",
        EN: "Indicator {id}{region}: the latest value is from {date}, none for {days:# day|# days} "
        "(expected at least every {limit:# day|# days}). Add the current value (`werkplan values "
        "add`).",
    },
    "indicator_value_in_future": {
        DE: "Kennzahl {id}{region}: Der Wert für {date} liegt nach dem Stichtag {today}; er "
        "kann noch nicht gemessen sein und zählt nicht für die Bewertung. Prüfen Sie das Datum "
        "(z. B. 2027 statt 2026?).",
        EN: "Indicator {id}{region}: the value for {date} lies after today ({today}); it cannot "
        "have been measured yet and does not count in the verdict. Check the date (2027 for "
        "2026?).",
    },
    "indicator_baseline_differs": {
        DE: "Kennzahl {id}: Für {date} steht der Wert {value}, der Ausgangswert zum selben "
        "Datum ist aber {baseline} ({where}). Einer der beiden stimmt nicht; korrigieren Sie "
        "ihn oder entfernen Sie den doppelten Wert.",
        EN: "Indicator {id}: the value for {date} is {value}, but the baseline for the same "
        "date is {baseline} ({where}). One of the two is wrong; correct it or remove the "
        "duplicate value.",
    },
    "indicator_targets_without_direction": {
        DE: "Kennzahl {id} hat Zielwerte, aber `direction: none`: So ist keine Bewertung "
        "möglich. Schreiben Sie `direction: increase` oder `direction: decrease` – oder "
        "entfernen Sie die Zielwerte, wenn die Kennzahl nur Kontext ist.",
        EN: "Indicator {id} has targets but `direction: none`, so no verdict is possible. "
        "Write `direction: increase` or `direction: decrease` – or remove the targets if the "
        "indicator is context only.",
    },
    "indicator_out_of_range": {
        DE: "Kennzahl {id}: Der Wert {value} liegt außerhalb der möglichen Werte ({low} … "
        "{high}). Prüfen Sie Wert und Einheit.",
        EN: "Indicator {id}: the value {value} lies outside the possible values ({low} … "
        "{high}). Check value and unit.",
    },
    "indicator_below_min": {
        DE: "Kennzahl {id}: Der Wert {value} liegt unter dem kleinsten möglichen Wert ({low}). "
        "Prüfen Sie Wert und Einheit.",
        EN: "Indicator {id}: the value {value} lies below the smallest possible value ({low}). "
        "Check value and unit.",
    },
    "indicator_above_max": {
        DE: "Kennzahl {id}: Der Wert {value} liegt über dem größten möglichen Wert ({high}). "
        "Prüfen Sie Wert und Einheit.",
        EN: "Indicator {id}: the value {value} lies above the largest possible value ({high}). "
        "Check value and unit.",
    },
    "indicator_duplicate": {
        DE: "Kennzahl {id}: Für {date} {region}gibt es schon einen Eintrag ({first}). Löschen "
        "Sie einen der beiden.",
        EN: "Indicator {id}: there is already an entry for {date} {region}({first}). Delete "
        "one of them.",
    },
    "indicator_region_not_listed": {
        DE: "Kennzahl {id}: Die Region `{region}` steht nicht unter ihren `regions` ({listed}). "
        "Ergänzen Sie sie dort oder korrigieren Sie die Region.",
        EN: "Indicator {id}: the region `{region}` is not among its `regions` ({listed}). Add "
        "it there or correct the region.",
    },
    "dependency_cycle": {
        DE: "Die Maßnahmen hängen im Kreis voneinander ab: {cycle}. Entfernen Sie eine der "
        "Abhängigkeiten (`depends_on`).",
        EN: "The measures depend on each other in a circle: {cycle}. Remove one of the "
        "dependencies (`depends_on`).",
    },
    "start_after_due": {
        DE: "Maßnahme {id}: Der Beginn ({start}) liegt nach der Frist ({due}). Korrigieren "
        "Sie `start` oder `due`.",
        EN: "Measure {id}: the start ({start}) is after the deadline ({due}). Correct "
        "`start` or `due`.",
    },
    "period_reversed": {
        DE: "Die Laufzeit endet ({end}) vor ihrem Beginn ({start}). Korrigieren Sie `period`.",
        EN: "The period ends ({end}) before it starts ({start}). Correct `period`.",
    },
    "horizon_reversed": {
        DE: "Der Zeithorizont {id} endet ({end}) vor seinem Beginn ({start}). Korrigieren Sie "
        "`start` oder `end` des Horizonts.",
        EN: "The horizon {id} ends ({end}) before it starts ({start}). Correct the horizon's "
        "`start` or `end`.",
    },
    "overdue": {
        DE: "Maßnahme {id} ist seit {days} {days:Tag|Tagen} überfällig (Frist {due}, Status "
        "„{status}“). Aktualisieren Sie den Status oder vereinbaren Sie eine neue Frist.",
        EN: "Measure {id} is {days} {days:day|days} overdue (deadline {due}, status "
        "'{status}'). Update the status or agree a new deadline.",
    },
    "overdue_horizon": {
        DE: "Maßnahme {id} ist seit {days} {days:Tag|Tagen} überfällig: Ihr Zeithorizont "
        "{horizon} ist vorbei (Status „{status}“). Aktualisieren Sie den Status, oder geben "
        "Sie ihr eine Frist (`due:`) oder einen späteren Zeithorizont.",
        EN: "Measure {id} is {days} {days:day|days} overdue: its horizon {horizon} is over "
        "(status '{status}'). Update the status, or give it a deadline (`due:`) or a later "
        "horizon.",
    },
    "unowned": {
        DE: "Maßnahme {id} hat keine verantwortliche Stelle. Tragen Sie unter `owner:` die "
        "ID eines Akteurs ein.",
        EN: "Measure {id} has no responsible body. Put an actor's id under `owner:`.",
    },
    "actor_twice_owner": {
        DE: "Maßnahme {id}: `owner` nennt {actor} zweimal. Streichen Sie den zweiten Eintrag.",
        EN: "Measure {id}: `owner` names {actor} twice. Remove the second entry.",
    },
    "actor_owner_and_partners": {
        DE: "Maßnahme {id}: {actor} ist verantwortlich (`owner`) und zugleich unter `partners` "
        "genannt. Streichen Sie den Eintrag unter `partners`.",
        EN: "Measure {id}: {actor} is responsible (`owner`) and also listed under `partners`. "
        "Remove it from `partners`.",
    },
    "actor_owner_and_supporters": {
        DE: "Maßnahme {id}: {actor} ist verantwortlich (`owner`) und zugleich unter "
        "`supporters` genannt. Streichen Sie den Eintrag unter `supporters`.",
        EN: "Measure {id}: {actor} is responsible (`owner`) and also listed under `supporters`. "
        "Remove it from `supporters`.",
    },
    "no_due_date": {
        DE: "Maßnahme {id} ist offen, hat aber keine Frist. Ergänzen Sie `due:` mit einem Tag, "
        "Monat, Quartal, Halbjahr oder Jahr, z. B. `due: 2026-Q4` oder `due: 2026`; eine "
        "Daueraufgabe ohne Ende bekommt `status: ongoing`.",
        EN: "Measure {id} is open but has no deadline. Add `due:` with a day, month, quarter, "
        "half-year or year, for example `due: 2026-Q4` or `due: 2026`; a lasting task without "
        "an end gets `status: ongoing`.",
    },
    "done_with_progress": {
        DE: "Maßnahme {id} ist abgeschlossen, nennt aber einen Fortschritt von {progress} %. "
        "Setzen Sie `progress: 100` (oder streichen Sie ihn) oder korrigieren Sie den Status.",
        EN: "Measure {id} is done but states a progress of {progress}%. Set `progress: 100` "
        "(or remove it) or correct the status.",
    },
    "closed_with_risk": {
        DE: "Maßnahme {id} ist „{status}“, wird aber noch als „{assessment}“ eingeschätzt. "
        "Passen Sie `assessment` an oder streichen Sie es.",
        EN: "Measure {id} is '{status}' but still assessed '{assessment}'. Update "
        "`assessment` or remove it.",
    },
    "stale_never": {
        DE: "Maßnahme {id}: Der Status wurde nie geprüft. Ergänzen Sie `updated:` mit dem "
        "Datum der letzten Prüfung.",
        EN: "Measure {id}: the status was never reviewed. Add `updated:` with the date of the "
        "last review.",
    },
    "stale_old": {
        DE: "Maßnahme {id}: Der Status wurde seit {days} {days:Tag|Tagen} nicht geprüft "
        "(zuletzt {updated}, Grenze {limit} {limit:Tag|Tage}). Prüfen Sie den Stand und setzen "
        "Sie `updated:`.",
        EN: "Measure {id}: the status has not been reviewed for {days} {days:day|days} (last "
        "{updated}, limit {limit} {limit:day|days}). Review it and set `updated:`.",
    },
    "unlinked_measure": {
        DE: "Maßnahme {id} gehört zu keinem Ziel und keinem Handlungsfeld. Ergänzen Sie "
        "`goals:` oder `field:`.",
        EN: "Measure {id} belongs to no goal and no field of action. Add `goals:` or `field:`.",
    },
    "goal_without_measure": {
        DE: "Ziel {id} hat keine Maßnahme – eine Lücke in der Strategie. Ordnen Sie eine "
        "Maßnahme zu (`goals: [{id}]`) oder streichen Sie das Ziel.",
        EN: "Goal {id} has no measure – a gap in the strategy. Link a measure to it "
        "(`goals: [{id}]`) or drop the goal.",
    },
    "due_outside_period": {
        DE: "Maßnahme {id}: Die Frist {due} liegt außerhalb der Laufzeit des Plans ({start} "
        "bis {end}). Prüfen Sie die Frist.",
        EN: "Measure {id}: the deadline {due} lies outside the plan period ({start} to "
        "{end}). Check the deadline.",
    },
    "horizon_due_outside_period": {
        DE: "Maßnahme {id}: Die Frist aus dem Zeithorizont {horizon} ({due}) liegt außerhalb "
        "der Laufzeit des Plans ({start} bis {end}). Prüfen Sie das Ende des Horizonts oder "
        "geben Sie der Maßnahme eine eigene Frist (`due:`).",
        EN: "Measure {id}: the deadline from the horizon {horizon} ({due}) lies outside the "
        "plan period ({start} to {end}). Check the horizon's end or give the measure its own "
        "deadline (`due:`).",
    },
    # --- output --------------------------------------------------------------------------
    "summary_clean": {
        DE: "Keine Probleme: {files}, {measures} geprüft (Stand {today}).",
        EN: "No problems: {files}, {measures} checked (as of {today}).",
    },
    "summary": {
        DE: "{errors}, {warnings} in {files}, {measures} geprüft (Stand {today}).",
        EN: "{errors}, {warnings} in {files}, {measures} checked (as of {today}).",
    },
    "strict_note": {
        DE: "--strict: Warnungen lassen die Prüfung scheitern (Exit-Code 1).",
        EN: "--strict: warnings make the check fail (exit code 1).",
    },
    "summary+unread": {
        DE: " Verweise und fehlende Angaben prüft werkplan erst, wenn alles lesbar ist "
        "(nicht lesbar: {unread}).",
        EN: " References and missing entries are checked once everything can be read "
        "(unreadable: {unread}).",
    },
    "*+skipped": {
        DE: " Übersprungen: {skipped} (keine .yaml/.yml oder Verknüpfung nach außen).",
        EN: " Skipped: {skipped} (not .yaml/.yml, or a link leading outside).",
    },
    "github_annotation_limit": {
        DE: "GitHub zeigt je Schritt nur {limit} Fehler und {limit:# Warnung|# Warnungen} als "
        "Annotation; alle Meldungen ({errors}, {warnings}) stehen im Protokoll dieses "
        "Schritts. Als Liste im Lauf: SARIF-Upload für Code Scanning (siehe docs/ci.md).",
        EN: "GitHub shows only {limit:# error|# errors} and {limit:# warning|# warnings} per "
        "step as annotations; every message ({errors}, {warnings}) is in this step's log. As "
        "a list in the run: upload SARIF for code scanning (see docs/ci.md).",
    },
    "reading_files": {DE: "Lese Plan-Dateien", EN: "Reading plan files"},
    "internal_error": {
        DE: "Interner Fehler in werkplan ({error}). Bitte melden Sie ihn mit dem Befehl und "
        "der Ausgabe von `werkplan --debug …`.",
        EN: "Internal error in werkplan ({error}). Please report it with the command and the "
        "output of `werkplan --debug …`.",
    },
    "output_is_plan_file": {
        DE: "„{path}“ liegt im Plan-Verzeichnis und ist eine YAML-Datei; werkplan überschreibt "
        "mit -o nie eine Plan-Datei. Wählen Sie einen anderen Namen.",
        EN: "'{path}' is a YAML file inside the plan directory; werkplan never overwrites a plan "
        "file with -o. Choose another name.",
    },
    "output_is_values_file": {
        DE: "„{path}“ ist die Wertedatei einer Kennzahl des Plans; werkplan überschreibt mit -o "
        "nie eine Datei des Plans. Wählen Sie einen anderen Namen.",
        EN: "'{path}' is the values file of one of the plan's indicators; werkplan never "
        "overwrites a file of the plan with -o. Choose another name.",
    },
    "output_is_yaml_file": {
        DE: "„{path}“ ist eine vorhandene YAML-Datei, vielleicht eine Plan-Datei; werkplan "
        "überschreibt mit -o keine YAML-Datei. Wählen Sie einen anderen Namen.",
        EN: "'{path}' is an existing YAML file, perhaps a plan file; werkplan does not "
        "overwrite a YAML file with -o. Choose another name.",
    },
    "template_failed": {
        DE: "Die Berichtsvorlage lässt sich nicht verwenden: {detail}",
        EN: "The report template cannot be used: {detail}",
    },
    "template_timeout": {
        DE: "Die Vorlage rechnet länger als {seconds} s und wurde abgebrochen. Prüfen Sie ihre "
        "Schleifen (etwa ineinander verschachtelte `for` über große Listen).",
        EN: "The template ran longer than {seconds} s and was stopped. Check its loops (such "
        "as nested `for` over large lists).",
    },
    "template_output": {
        DE: "Die Vorlage erzeugt mehr als {limit} Zeichen und wurde abgebrochen. Prüfen Sie "
        "Schleifen und Wiederholungen (`*`, `~`).",
        EN: "The template produces more than {limit} characters and was stopped. Check its "
        "loops and repetitions (`*`, `~`).",
    },
    "template_range": {
        DE: "`range()` mit mehr als {limit} Zahlen ist in Vorlagen nicht erlaubt.",
        EN: "`range()` with more than {limit} numbers is not allowed in templates.",
    },
    "template_number": {
        DE: "Die Vorlage berechnet eine Zahl mit Tausenden Stellen (`**` oder `*`); das ist "
        "in Vorlagen nicht erlaubt.",
        EN: "The template computes a number with thousands of digits (`**` or `*`); templates "
        "may not do that.",
    },
    "template_memory": {
        DE: "Der Speicher reicht für die Vorlage nicht (eigene Vorlagen dürfen höchstens "
        "{limit} MiB zusätzlich belegen); sie wurde abgebrochen. Prüfen Sie, welche Werte sie "
        "in Schleifen aufbaut.",
        EN: "The template ran out of memory (a plan's own template may take at most {limit} "
        "MiB extra) and was stopped. Check which values it builds up in loops.",
    },
    "write_failed": {
        DE: "lässt sich nicht schreiben ({reason}); keine Datei wurde geändert.",
        EN: "cannot be written ({reason}); no file was changed.",
    },
    "write_read_only": {
        DE: "Die Datei ist schreibgeschützt; werkplan ändert sie nicht und hat nichts "
        "geschrieben. Soll sie sich ändern, heben Sie den Schutz auf (`chmod u+w`) und rufen "
        "Sie den Befehl erneut auf.",
        EN: "The file is read-only; werkplan does not change it and wrote nothing. If it should "
        "change, make it writable (`chmod u+w`) and run the command again.",
    },
    "write_hard_linked": {
        DE: "Die Datei hat {links} feste Verknüpfungen (Hardlinks). werkplan ersetzt Dateien "
        "als Ganzes und würde diesen Namen von den anderen trennen; es hat nichts geschrieben. "
        "Ersetzen Sie die feste Verknüpfung durch eine Kopie oder eine symbolische Verknüpfung "
        "(durch die schreibt werkplan hindurch).",
        EN: "The file has {links} hard links. werkplan replaces files as a whole and would cut "
        "this name off from the others; it wrote nothing. Replace the hard link with a copy or "
        "a symbolic link (werkplan writes through those).",
    },
    "write_not_regular": {
        DE: "Das ist keine normale Datei (z. B. ein Ordner oder ein Blockgerät); werkplan "
        "ersetzt es nicht. Geben Sie einen Dateinamen an.",
        EN: "This is not a regular file (for example a folder or a block device); werkplan "
        "does not replace it. Name a file.",
    },
    "write_changed_meanwhile": {
        DE: "Die Datei wurde geändert, während werkplan sie bearbeitete; keine Datei wurde "
        "geändert. Rufen Sie den Befehl erneut auf.",
        EN: "The file changed while werkplan was working on it; no file was changed. Run the "
        "command again.",
    },
    "write_rollback_failed": {
        DE: "Beim Schreiben ging etwas schief, und diese schon ersetzte Datei ließ sich nicht "
        "zurücksetzen ({reason}).",
        EN: "Writing failed, and this file, already replaced, could not be put back ({reason}).",
    },
    "write_rollback_failed+backup": {
        DE: " Ihre vorige Fassung liegt in {backup}.",
        EN: " Its previous version is in {backup}.",
    },
    "plan_busy": {
        DE: "Ein anderer werkplan-Befehl ändert gerade diesen Plan; nichts wurde geschrieben. "
        "Rufen Sie den Befehl erneut auf, wenn er fertig ist.",
        EN: "Another werkplan command is changing this plan; nothing was written. Run the "
        "command again when it has finished.",
    },
    "interrupted": {DE: "abgebrochen ({signal}).", EN: "interrupted ({signal})."},
    "report_written": {
        DE: "Bericht geschrieben: {path} ({measures}).",
        EN: "Report written: {path} ({measures}).",
    },
    "unknown_filter": {
        DE: "{option} {value}: Diese ID gibt es im Plan nicht. Vorhanden: {known}.",
        EN: "{option} {value}: the plan has no such id. Available: {known}.",
    },
    "unknown_filter+new_actor": {
        DE: " Eine Stelle, die es noch nicht gibt, legt `werkplan new actor --name … --kind …` "
        "an und nennt ihre ID.",
        EN: " A body that is not in the plan yet is added by `werkplan new actor --name … "
        "--kind …`, which prints its id.",
    },
    "not_a_repository": {
        DE: "„{path}“ liegt in keinem git-Repository. `werkplan changes` liest die Änderungen "
        "aus git; legen Sie den Plan in ein Repository (`git init`, `git add`, `git commit`).",
        EN: "'{path}' is not inside a git repository. `werkplan changes` reads the changes "
        "from git; put the plan under git (`git init`, `git add`, `git commit`).",
    },
    "unknown_revision": {
        DE: "Die Revision „{revision}“ gibt es in diesem Repository nicht. Nennen Sie einen "
        "Commit, einen Branch, ein Tag oder ein Datum (JJJJ-MM-TT); `git log` zeigt die Commits.",
        EN: "The revision '{revision}' does not exist in this repository. Name a commit, a "
        "branch, a tag or a date (YYYY-MM-DD); `git log` lists the commits.",
    },
    "no_commit_before": {
        DE: "Vor dem {date} gibt es keinen Commit. Wählen Sie ein späteres Datum.",
        EN: "There is no commit before {date}. Choose a later date.",
    },
    "plan_not_committed": {
        DE: "Im Verzeichnis „{path}“ wurde noch nichts eingecheckt; es gibt keine Änderungen "
        "zu zeigen. Checken Sie den Plan zuerst ein (`git add`, `git commit`).",
        EN: "Nothing in '{path}' has been committed yet, so there are no changes to show. "
        "Commit the plan first (`git add`, `git commit`).",
    },
    "shallow_clone": {
        DE: "„{wanted}“ fehlt in diesem Repository – entweder gibt es die Revision nicht, oder "
        "sie liegt vor dem Anfang dieser flachen Kopie (shallow clone). Im zweiten Fall die ganze "
        "Geschichte holen: in GitLab CI `GIT_DEPTH: 0`, in GitHub Actions `fetch-depth: 0`, "
        "lokal `git fetch --unshallow`.",
        EN: "'{wanted}' is missing from this repository – either the revision does not exist, "
        "or it lies before the start of this shallow clone. In the second case fetch the whole "
        "history: `GIT_DEPTH: 0` in GitLab CI, `fetch-depth: 0` in GitHub Actions, or "
        "`git fetch --unshallow` locally.",
    },
    "worktree_unreadable": {
        DE: "Der aktuelle Stand des Plans lässt sich nicht lesen: {where} [{rule}]. Beheben Sie "
        "den Fehler (`werkplan check` zeigt ihn) oder vergleichen Sie Revisionen mit --until.",
        EN: "The plan as it is now cannot be read: {where} [{rule}]. Fix the error (`werkplan "
        "check` shows it) or compare revisions with --until.",
    },
    "git_missing": {
        DE: "git ist nicht installiert. Installieren Sie git, um Änderungen zu sehen.",
        EN: "git is not installed. Install git to see changes.",
    },
    "until_before_history": {
        DE: "Vor dem {day} gibt es keinen Commit. Wählen Sie mit --until ein späteres Datum oder "
        "eine Revision.",
        EN: "There is no commit before {day}. Choose a later date or a revision with --until.",
    },
    "git_failed": {
        DE: "git meldet einen Fehler: {detail}",
        EN: "git reports an error: {detail}",
    },
    "repository_not_trusted": {
        DE: "git vertraut dem Repository von „{path}“ nicht, weil es einem anderen Benutzer "
        "gehört. Wenn Sie ihm vertrauen: `git config --global --add safe.directory ORDNER` "
        "(ORDNER: die oberste Ebene des Repositorys).",
        EN: "git does not trust the repository of '{path}' because another user owns it. If you "
        "trust it: `git config --global --add safe.directory FOLDER` (FOLDER: the top of the "
        "repository).",
    },
    "git_commit_unreadable": {
        DE: "Der Commit {revision} lässt sich aus git nicht lesen (er fehlt oder ist "
        "beschädigt). `git fsck` zeigt, was fehlt; wählen Sie mit --since oder --until einen "
        "anderen Bereich.",
        EN: "The commit {revision} cannot be read from git (it is missing or damaged). "
        "`git fsck` shows what is missing; choose another range with --since or --until.",
    },
    "git_object_unreadable": {
        DE: "In Revision {revision} lässt sich die Datei „{path}“ aus git nicht lesen (sie fehlt "
        "oder ist beschädigt). `git fsck` zeigt, was fehlt; wählen Sie mit --since oder --until "
        "einen anderen Bereich.",
        EN: "At revision {revision} the file '{path}' cannot be read from git (it is missing "
        "or damaged). `git fsck` shows what is missing; choose another range with --since or "
        "--until.",
    },
    "git_history_unreadable": {
        DE: "Die Geschichte lässt sich aus git nicht lesen: {detail}. `git fsck` zeigt, was "
        "fehlt oder beschädigt ist.",
        EN: "The history cannot be read from git: {detail}. `git fsck` shows what is missing "
        "or damaged.",
    },
    "git_revision_unreadable": {
        DE: "Revision {revision} lässt sich aus git nicht lesen: {detail}. `git fsck` zeigt, was "
        "fehlt oder beschädigt ist; wählen Sie mit --since oder --until einen anderen Bereich.",
        EN: "Revision {revision} cannot be read from git: {detail}. `git fsck` shows what is "
        "missing or damaged; choose another range with --since or --until.",
    },
    "revision_unreadable": {
        DE: "Der Plan in Revision {revision} lässt sich nicht lesen: {where} [{rule}]. "
        "Wählen Sie mit --since oder --until eine andere Revision.",
        EN: "The plan at revision {revision} cannot be read: {where} [{rule}]. Choose "
        "another revision with --since or --until.",
    },
    "fmt_unreadable": {
        DE: "nicht angefasst: Die Datei lässt sich nicht lesen; `werkplan check` nennt den Grund.",
        EN: "left alone: the file cannot be read; `werkplan check` names the reason.",
    },
    "fmt_has_errors": {
        DE: "nicht angefasst: Die Datei hat YAML-Fehler. Beheben Sie sie zuerst "
        "(`werkplan check`).",
        EN: "left alone: the file has YAML errors. Fix them first (`werkplan check`).",
    },
    "fmt_structure_errors": {
        DE: "nicht angefasst: `werkplan check` meldet hier einen Fehler im Aufbau [{rule}]; "
        "umformatiert bliebe der Tippfehler für immer (aus `value: 27,8` würde `value: 27, "
        "8: null`). Beheben Sie ihn zuerst.",
        EN: "left alone: `werkplan check` reports an error in its structure here [{rule}]; "
        "formatting would make the typo permanent (`value: 27,8` would become `value: 27, "
        "8: null`). Fix it first.",
    },
    "fmt_directive": {
        DE: "nicht angefasst: Die Zeile {line} enthält eine YAML-Direktive (`%…`), die beim "
        "Umschreiben verloren ginge.",
        EN: "left alone: line {line} holds a YAML directive (`%…`) that rewriting would lose.",
    },
    "fmt_explicit_key": {
        DE: "nicht angefasst: Die Zeile {line} nutzt einen ausdrücklichen Schlüssel (`? `), "
        "den das Umschreiben beschädigen kann.",
        EN: "left alone: line {line} uses an explicit key (`? `), which rewriting can break.",
    },
    "fmt_failed": {
        DE: "nicht angefasst: Das Umschreiben ist gescheitert ({detail}).",
        EN: "left alone: rewriting failed ({detail}).",
    },
    "fmt_failed_line": {
        DE: "nicht angefasst: Das Umschreiben ist gescheitert: ruamel.yaml, mit dem werkplan "
        "umschreibt, liest Zeile {line} nicht ({detail}); oft ist es ein Tabulator. Ändern Sie "
        "die Zeile oder die Datei von Hand.",
        EN: "left alone: rewriting failed: ruamel.yaml, which werkplan rewrites with, cannot "
        "read line {line} ({detail}); often it is a tab. Change the line, or the file by hand.",
    },
    "fmt_not_stable": {
        DE: "nicht angefasst: Ein zweites Formatieren würde die Datei erneut ändern.",
        EN: "left alone: formatting again would change the file once more.",
    },
    "fmt_output_broken": {
        DE: "nicht angefasst: Die umgeschriebene Datei ließe sich nicht mehr lesen.",
        EN: "left alone: the rewritten file could not be read again.",
    },
    "fmt_data_changed": {
        DE: "nicht angefasst: Der Wert in Zeile {line} würde sich ändern („{before}“ → "
        "„{after}“). Setzen Sie ihn in Anführungszeichen, dann bleibt er, wie er ist.",
        EN: "left alone: the value on line {line} would change ('{before}' → '{after}'). Put "
        "it in quotes to keep it as it is.",
    },
    "fmt_summary_dry": {
        DE: "{changed} {changed:Datei würde|Dateien würden} umformatiert, {unchanged} "
        "unverändert, {left_alone} nicht angefasst.",
        EN: "{changed} {changed:file|files} would be reformatted, {unchanged} unchanged, "
        "{left_alone} left alone.",
    },
    "fmt_comment_lost": {
        DE: "nicht angefasst: Der Kommentar „{comment}“ ginge beim Umschreiben verloren.",
        EN: "left alone: the comment '{comment}' would be lost in rewriting.",
    },
    "fmt_would_change": {DE: "würde umformatiert: {path}", EN: "would reformat: {path}"},
    "fmt_written": {DE: "umformatiert: {path}", EN: "reformatted: {path}"},
    "fmt_summary": {
        DE: "{changed} {changed:Datei|Dateien} umformatiert, {unchanged} unverändert, "
        "{left_alone} nicht angefasst.",
        EN: "{changed} {changed:file|files} reformatted, {unchanged} unchanged, {left_alone} "
        "left alone.",
    },
    # Dates typed on the command line (werkplan.dates): ISO or German, nothing else.
    "date_option_unknown": {
        DE: "„{value}“ ist kein Datum für {option}. Schreiben Sie TT.MM.JJJJ oder JJJJ-MM-TT, "
        "z. B. 31.12.2026 oder 2026-12-31.",
        EN: "'{value}' is not a date for {option}. Write YYYY-MM-DD or DD.MM.YYYY, for "
        "example 2026-12-31 or 31.12.2026.",
    },
    "timeframe_option_unknown": {
        DE: "„{value}“ ist kein Zeitraum für {option}. Schreiben Sie einen Tag (31.12.2026 oder "
        "2026-12-31), einen Monat (2026-06), ein Quartal (2026-Q4 oder 4. Quartal 2026), ein "
        "Halbjahr (2026-H2) oder ein Jahr (2026).",
        EN: "'{value}' is not a time frame for {option}. Write a day (2026-12-31 or 31.12.2026), "
        "a month (2026-06), a quarter (2026-Q4 or Q4 2026), a half-year (2026-H2) or a year "
        "(2026).",
    },
    "date_option_spelling": {
        DE: "werkplan liest „{value}“ nicht als Datum ({option}). Schreiben Sie {german} oder "
        "{iso}.",
        EN: "werkplan does not read '{value}' as a date for {option}. Write {iso} or {german}.",
    },
    "date_option_week": {
        DE: "„{value}“ ist eine Kalenderwoche oder ein Tag des Jahres; {option} erwartet ein "
        "Datum. Für diesen Tag schreiben Sie {german} oder {iso}.",
        EN: "'{value}' is a calendar week or a day of the year; {option} takes a date. For "
        "that day write {iso} or {german}.",
    },
    "date_option_impossible": {
        DE: "„{value}“ ({option}): Diesen Tag gibt es nicht. Prüfen Sie Tag und Monat.",
        EN: "'{value}' ({option}): this day does not exist. Check day and month.",
    },
    "date_option_year": {
        DE: "„{value}“ ({option}): Das Jahr muss zwischen 1900 und 2200 liegen.",
        EN: "'{value}' ({option}): the year must lie between 1900 and 2200.",
    },
    "plan_has_errors": {
        DE: "Der Plan hat {errors} Fehler; was folgt, kann unvollständig sein. `werkplan check` "
        "zeigt {errors:ihn|sie}.",
        EN: "The plan has {errors} {errors:error|errors}; what follows may be incomplete. "
        "`werkplan check` shows {errors:it|them}.",
    },
    "col_id": {DE: "ID", EN: "ID"},
    "overdue_marker": {DE: "Frist überschritten", EN: "deadline passed"},
    # `werkplan list`
    "list.where_syntax": {
        DE: "--where „{value}“: Schreiben Sie eine Bedingung wie `prioritaet=3`, "
        '`"co2_t>=1000"` oder `prioritaet!=1` – ein Merkmal aus `plan.attributes`, ein '
        "Vergleich (= != < <= > >=) und ein Wert.",
        EN: "--where '{value}': write a condition such as `prioritaet=3`, `\"co2_t>=1000\"` or "
        "`prioritaet!=1` – an attribute from `plan.attributes`, a comparison (= != < <= > >=) "
        "and a value.",
    },
    "list.where_unknown_attribute": {
        DE: "--where „{value}“: Ein Merkmal `{attribute}` legt der Plan unter `plan.attributes` "
        "nicht fest. Festgelegt sind: {known}.",
        EN: "--where '{value}': the plan defines no attribute `{attribute}` under "
        "`plan.attributes`. Defined: {known}.",
    },
    "list.where_no_attributes": {
        DE: "--where „{value}“: Der Plan legt keine Merkmale fest. --where prüft Merkmale, die "
        "unter `plan.attributes` festgelegt sind (z. B. eine Priorität).",
        EN: "--where '{value}': the plan defines no attributes. --where checks attributes "
        "defined under `plan.attributes` (a priority, say).",
    },
    "list.where_not_applicable": {
        DE: "--where „{value}“: Das Merkmal `{attribute}` gilt nicht für {where}; ergänzen Sie "
        "es in `applies_to` seiner Festlegung oder wählen Sie ein anderes.",
        EN: "--where '{value}': the attribute `{attribute}` does not apply to {where}; add it to "
        "`applies_to` of its definition or choose another one.",
    },
    "list.where_not_ordered": {
        DE: "--where „{value}“: Die Werte von `{attribute}` haben keine Rangfolge; vergleichen "
        "Sie mit = oder !=.",
        EN: "--where '{value}': the values of `{attribute}` have no order; compare with = or !=.",
    },
    "list.unknown_sort": {
        DE: "--sort {value}: Danach lässt sich nicht sortieren. Möglich: {known}.",
        EN: "--sort {value}: cannot sort by that. Possible: {known}.",
    },
    "list.not_for_indicators": {
        DE: "{option} wählt Maßnahmen aus und gilt nicht mit --indicators. Für Kennzahlen gibt "
        "es --goal, --field, --region, --where, --sort und --format table oder json.",
        EN: "{option} selects measures and does not go with --indicators. For indicators use "
        "--goal, --field, --region, --where, --sort and --format table or json.",
    },
    "list.indicators_csv": {
        DE: "Kennzahlen listet werkplan als Tabelle oder JSON (--format table oder json); CSV "
        "gibt es für Maßnahmen.",
        EN: "werkplan lists indicators as a table or JSON (--format table or json); CSV is for "
        "measures.",
    },
    "list.descendants_need_parent": {
        DE: "--descendants gilt mit --parent: Nennen Sie die Maßnahme, deren Teilmaßnahmen auf "
        "allen Ebenen gelistet werden sollen.",
        EN: "--descendants goes with --parent: name the measure whose sub-measures at every "
        "level should be listed.",
    },
    "list.per_region": {DE: "je Region ({n})", EN: "per region ({n})"},
    "list.count_indicators": {
        DE: "{n} {n:Kennzahl|Kennzahlen}",
        EN: "{n} {n:indicator|indicators}",
    },
    # shared by `list` and `show`
    "show.horizon_until": {DE: "{label} (bis {end})", EN: "{label} (by {end})"},
    "list.horizon_deadline": {DE: "bis {end}", EN: "by {end}"},
    # `werkplan show`
    "show.joint_lead": {
        DE: "gemeinsame Federführung, koordiniert von {lead}",
        EN: "joint lead, coordinated by {lead}",
    },
    "show.due": {DE: "fällig {due}", EN: "due {due}"},
    "show.costs_total": {DE: "gesamt: {amount}", EN: "total: {amount}"},
    "show.costs_total_of_years": {
        DE: "gesamt (Summe der Jahre): {amount}",
        EN: "total (sum of the years): {amount}",
    },
    "show.costs_per_year": {DE: "je Jahr: {amount}", EN: "per year: {amount}"},
    "show.costs_staff": {
        DE: "Personal (Vollzeitstellen): {staff}",
        EN: "staff (full-time equivalents): {staff}",
    },
    "show.funding_secured": {
        DE: "gesichert (bewilligt oder ausgezahlt): {amount}",
        EN: "secured (approved or paid): {amount}",
    },
    "show.funding_secured_of": {
        DE: "gesichert (bewilligt oder ausgezahlt): {amount} von {total} Kosten",
        EN: "secured (approved or paid): {amount} of {total} costs",
    },
    "show.decision_by": {DE: " {body}", EN: " of {body}"},
    "show.decision_on": {DE: " vom {date}", EN: " on {date}"},
    "show.decisions_taken": {DE: "Beschlüsse zu Maßnahmen", EN: "Decisions on measures"},
    "show.older_updates": {
        DE: "… und {n} {n:älterer Eintrag|ältere Einträge}",
        EN: "… and {n} older {n:entry|entries}",
    },
    "show.progress_written": {DE: "so angegeben", EN: "as written"},
    "show.progress_update": {DE: "laut Sachstand vom {date}", EN: "as of the update of {date}"},
    "show.progress_status": {DE: "Status {status}", EN: "status {status}"},
    "show.progress_milestones": {
        DE: "aus Meilensteinen: {reached} von {n} erreicht",
        EN: "from milestones: {reached} of {n} reached",
    },
    "show.progress_children": {
        DE: "Mittel aus {n} {n:Teilmaßnahme|Teilmaßnahmen}",
        EN: "mean of {n} {n:sub-measure|sub-measures}",
    },
    "show.direction_derived": {DE: "Richtung (aus den Zielwerten)", EN: "direction (from targets)"},
    "show.series_overall": {DE: "Reihe gesamt", EN: "Overall series"},
    "show.series_region": {DE: "Reihe {region}", EN: "Series {region}"},
    "show.earlier_values": {
        DE: "{n} {n:früherer Wert|frühere Werte} …",
        EN: "{n} earlier {n:value|values} …",
    },
    "show.verdict": {DE: "Stand", EN: "Verdict"},
    "show.indicator_verdict": {DE: "Stand der Kennzahl", EN: "Verdict of the indicator"},
    "show.goal_verdict": {DE: "Stand des Ziels", EN: "Verdict of the goal"},
    "show.basis_no_data": {DE: "noch kein Wert", EN: "no value yet"},
    "show.basis_no_target": {
        DE: "ohne Zielwert keine Bewertung",
        EN: "no target, so no verdict",
    },
    "show.basis_reached": {DE: "Zielwert {target} erreicht", EN: "target {target} reached"},
    "show.basis_missed": {
        DE: "Zielwert {target} nicht erreicht; zuletzt {latest}",
        EN: "target {target} not reached; latest {latest}",
    },
    "show.basis_path": {
        DE: "auf dem geraden Weg vom Ausgangswert zum Zielwert {target} wären zum letzten Wert "
        "{expected} zu erwarten; erreicht: {latest}",
        EN: "on the straight path from the baseline to the target {target}, {expected} would "
        "be expected at the latest value; reached: {latest}",
    },
    "show.basis_stale": {
        DE: "seit {days} {days:Tag|Tagen} kein neuer Wert (erwartet {limit:täglich|spätestens "
        "alle # Tage})",
        EN: "no new value for {days} {days:day|days} (expected {limit:daily|at least every # "
        "days})",
    },
    "unknown_id": {
        DE: "Im Plan gibt es keinen Eintrag mit der ID „{id}“.",
        EN: "The plan has no entry with the id '{id}'.",
    },
    "defined_at": {DE: "definiert in", EN: "defined in"},
    "link_measures_goals": {DE: "Maßnahmen zu diesem Ziel", EN: "Measures for this goal"},
    "link_measures_field": {DE: "Maßnahmen im Handlungsfeld", EN: "Measures in this field"},
    "link_measures_regions": {DE: "Maßnahmen in der Region", EN: "Measures in this region"},
    "link_measures_depends_on": {DE: "Darauf bauen auf", EN: "Depended on by"},
    "link_measures_parent": {DE: "Teilmaßnahmen", EN: "Sub-measures"},
    "link_measures_supporters": {DE: "Unterstützt", EN: "Backs"},
    "link_measures_related": {DE: "Verwandte Maßnahmen", EN: "Related measures"},
    "link_measures_merged_into": {DE: "Hierin aufgegangen", EN: "Merged into this"},
    "link_measures_superseded_by": {DE: "Ersetzt", EN: "Replaces"},
    "link_indicators_goals": {DE: "Kennzahlen zu diesem Ziel", EN: "Indicators of this goal"},
    "link_indicators_measures": {DE: "Kennzahlen der Maßnahme", EN: "Indicators of this measure"},
    "link_indicators_regions": {DE: "Kennzahlen der Region", EN: "Indicators of this region"},
    "link_fields_swot": {DE: "Handlungsfelder dazu", EN: "Fields of action"},
    "link_actors_parent": {DE: "Untergeordnete Stellen", EN: "Sub-units"},
    "link_events_region": {DE: "Veranstaltungen in der Region", EN: "Events in this region"},
    "link_events_participants": {DE: "Teilgenommen an", EN: "Took part in"},
    "link_events_results": {DE: "Entstanden aus", EN: "Came out of"},
    "edit_unexpected": {
        DE: "nicht geändert: Die Datei hätte sich an anderer Stelle mitverändert.",
        EN: "not changed: the file would have changed elsewhere too.",
    },
    "new_refused": {
        DE: "Nichts geschrieben: Mit dem neuen Eintrag hätte der Plan die Fehler oben.",
        EN: "Nothing written: with the new entry the plan would have the errors above.",
    },
    "new.measure_needs_place": {
        DE: "Wohin gehört die Maßnahme? Nennen Sie --field (Handlungsfeld), --goal (Ziel) oder "
        "--parent (übergeordnete Maßnahme).",
        EN: "Where does the measure belong? Name --field (field of action), --goal (goal) or "
        "--parent (parent measure).",
    },
    "new_written": {DE: "{id} angelegt in {path}.", EN: "{id} added to {path}."},
    "init_exists": {
        DE: "In „{path}“ liegt schon ein Plan (YAML-Dateien). werkplan init überschreibt "
        "nichts; wählen Sie einen neuen Ordner.",
        EN: "'{path}' already holds a plan (YAML files). werkplan init overwrites nothing; "
        "choose a new folder.",
    },
    "init_file_exists": {
        DE: "Die Datei gibt es schon; werkplan init überschreibt nichts und hat nichts "
        "geschrieben. Wählen Sie einen neuen Ordner oder verschieben Sie die Datei.",
        EN: "The file exists already; werkplan init overwrites nothing and wrote nothing. "
        "Choose a new folder or move the file away.",
    },
    "init_link_outside": {
        DE: "Eine Verknüpfung, die nicht zu einem Ordner in „{root}“ führt; werkplan init "
        "schreibt nicht durch sie hindurch und hat nichts geschrieben. Entfernen Sie sie "
        "oder wählen Sie einen neuen Ordner.",
        EN: "A link that does not lead to a folder inside '{root}'; werkplan init does not "
        "write through it and wrote nothing. Remove it or choose a new folder.",
    },
    "init_not_a_folder": {
        DE: "Das ist eine Datei, kein Ordner; darin lässt sich kein Plan anlegen. Wählen Sie "
        "einen anderen Ort.",
        EN: "This is a file, not a folder; no plan can be made inside it. Choose another place.",
    },
    "init_done": {
        DE: "Neuer Plan in {path}. Als Nächstes: Titel und Verwaltung in plan.yaml anpassen, "
        "dann `werkplan check {path}`.",
        EN: "New plan in {path}. Next: set title and organisation in plan.yaml, then "
        "`werkplan check {path}`.",
    },
    "row": {DE: "Zeile {row}", EN: "row {row}"},
    "import_unreadable": {
        DE: "„{path}“ lässt sich nicht als Tabelle lesen. Nutzen Sie eine Datei aus "
        "`werkplan export` und speichern Sie sie als Excel-Arbeitsmappe (XLSX), "
        "OpenDocument-Tabelle (ODS) oder CSV.",
        EN: "'{path}' cannot be read as a sheet. Use a file from `werkplan export` and save it "
        "as Excel workbook (XLSX), OpenDocument spreadsheet (ODS) or CSV.",
    },
    "import_missing": {
        DE: "Die Tabelle „{path}“ gibt es nicht (oder sie ist ein Ordner).",
        EN: "The sheet '{path}' does not exist (or is a folder).",
    },
    "import_too_large": {
        DE: "„{path}“ ist größer als {limit} MiB; werkplan liest so große Tabellen nicht. "
        "Exportieren Sie den Plan neu und tragen Sie den Stand dort ein.",
        EN: "'{path}' is larger than {limit} MiB; werkplan does not read sheets that large. "
        "Export the plan again and enter the updates there.",
    },
    "import_unpacked_too_large": {
        DE: "„{path}“ enthält entpackt mehr als {limit} MiB; werkplan liest so große Tabellen "
        "nicht. Exportieren Sie den Plan neu und tragen Sie den Stand dort ein.",
        EN: "'{path}' holds more than {limit} MiB when unpacked; werkplan does not read sheets "
        "that large. Export the plan again and enter the updates there.",
    },
    "import_too_many_rows": {
        DE: "Die Tabelle reicht bis Zeile {row}; werkplan liest höchstens "
        "{limit:# Zeile|# Zeilen}. Löschen Sie, was unter der Tabelle steht.",
        EN: "The sheet reaches row {row}; werkplan reads at most {limit:# row|# rows}. Delete "
        "what "
        "stands below the table.",
    },
    "import_too_many_elements": {
        DE: "„{path}“ besteht aus mehr als {limit} XML-Elementen; werkplan liest so große "
        "Tabellen nicht. Exportieren Sie den Plan neu und tragen Sie den Stand dort ein.",
        EN: "'{path}' consists of more than {limit} XML elements; werkplan does not read sheets "
        "that large. Export the plan again and enter the updates there.",
    },
    "import_line_too_long": {
        DE: "Eine Zeile der CSV-Datei ist länger als {limit} Zeichen – so lang ist keine Zeile "
        "aus `werkplan export`. Nutzen Sie eine Datei aus `werkplan export`.",
        EN: "A line of the CSV file is longer than {limit} characters – no row from "
        "`werkplan export` is that long. Use a file from `werkplan export`.",
    },
    "import_too_many_columns": {
        DE: "Zeile {row}, Spalte {column} enthält einen Wert; werkplan liest höchstens {limit} "
        "Spalten. Löschen Sie, was rechts neben der Tabelle steht.",
        EN: "Row {row}, column {column} holds a value; werkplan reads at most {limit} columns. "
        "Delete what stands to the right of the table.",
    },
    "import_cell_too_long": {
        DE: "Eine Zelle enthält mehr als {limit} Zeichen – mehr, als Excel und LibreOffice in "
        "eine Zelle schreiben. Nutzen Sie eine Datei aus `werkplan export`.",
        EN: "A cell holds more than {limit} characters – more than Excel and LibreOffice put "
        "in a cell. Use a file from `werkplan export`.",
    },
    "import_twice": {
        DE: "Die Maßnahme {id} steht schon in Zeile {first}. Jede Maßnahme nur einmal eintragen.",
        EN: "Measure {id} is already in row {first}. Enter each measure once.",
    },
    "import_empty": {DE: "„{path}“ ist leer.", EN: "'{path}' is empty."},
    "import_no_id": {
        DE: "„{path}“ hat keine Spalte „ID“. Die erste Zeile muss die Spaltennamen aus "
        "`werkplan export` enthalten.",
        EN: "'{path}' has no column 'ID'. The first row must hold the column names from "
        "`werkplan export`.",
    },
    "import_unknown_id": {
        DE: "Eine Maßnahme „{id}“ gibt es im Plan nicht. import-status ändert nur vorhandene "
        "Maßnahmen; eine neue legen Sie mit `werkplan new measure` an.",
        EN: "There is no measure '{id}' in the plan. import-status only changes existing "
        "measures; add a new one with `werkplan new measure`.",
    },
    "import_id_lost_zeros": {
        DE: "„{id}“ kann jede dieser IDs sein: {candidates} (die Tabelle hat führende Nullen "
        "entfernt). Tragen Sie die ID vollständig ein, oder nutzen Sie XLSX oder ODS statt CSV.",
        EN: "'{id}' could be any of these ids: {candidates} (the spreadsheet removed leading "
        "zeros). Write the full id, or use XLSX or ODS instead of CSV.",
    },
    "import_row_without_id": {
        DE: "Die Zeile hat Angaben, aber keine ID. Tragen Sie die ID der Maßnahme ein; eine "
        "neue Maßnahme legen Sie mit `werkplan new measure` an.",
        EN: "The row has entries but no id. Enter the measure's id; add a new measure with "
        "`werkplan new measure`.",
    },
    "import_bad_status": {
        DE: "„{value}“ ist kein Status. Erlaubt: {allowed} – als Schlüssel oder Bezeichnung.",
        EN: "'{value}' is not a status. Allowed: {allowed}, as key or label.",
    },
    "import_ambiguous_status": {
        DE: "„{value}“ ist nicht eindeutig, gemeint sein kann: {candidates}. Schreiben Sie "
        "einen dieser Status.",
        EN: "'{value}' is ambiguous; it could mean: {candidates}. Write one of these statuses.",
    },
    "import_bad_date": {
        DE: "„{value}“ in Spalte {column} ist kein Datum (TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT).",
        EN: "'{value}' in column {column} is not a date (YYYY-MM-DD, DD.MM.YYYY or MM/DD/YY).",
    },
    "import_ambiguous_date": {
        DE: "„{value}“ in Spalte {column} kann der {first} oder der {second} sein. Schreiben "
        "Sie das Datum als TT.MM.JJJJ.",
        EN: "'{value}' in column {column} could be {first} or {second}. Write the date as "
        "YYYY-MM-DD.",
    },
    "import_bad_choice": {
        DE: "„{value}“ ist keine der erlaubten Angaben: {allowed}.",
        EN: "'{value}' is none of the allowed values: {allowed}.",
    },
    "import_bad_progress": {
        DE: "„{value}“ ist kein Umsetzungsgrad. Schreiben Sie eine ganze Zahl von 0 bis 100 "
        "(Prozent), z. B. 40.",
        EN: "'{value}' is no progress. Write a whole number from 0 to 100 (percent), e.g. 40.",
    },
    "import_bad_number": {
        DE: "„{value}“ ist keine Zahl.",
        EN: "'{value}' is not a number.",
    },
    "import_bad_number+number": {
        DE: " Schreiben Sie {number} (ohne Einheit).",
        EN: " Write {number} (without a unit).",
    },
    "import_formula_without_value": {
        DE: "Die Zelle enthält die Formel „{formula}“, aber keinen berechneten Wert: Das "
        "Programm, das die Datei gespeichert hat, rechnet Formeln nicht aus. Öffnen und "
        "speichern Sie die Datei in Excel oder LibreOffice, oder tragen Sie den Wert selbst ein.",
        EN: "The cell holds the formula '{formula}' but no calculated value: the program that "
        "saved the file does not calculate formulas. Open and save the file in Excel or "
        "LibreOffice, or enter the value itself.",
    },
    "import_ambiguous_number": {
        DE: "„{value}“ kann {whole} oder eine Zahl mit drei Nachkommastellen sein. Schreiben Sie "
        "Tausender ohne Trennzeichen ({whole}) und Nachkommastellen mit Komma.",
        EN: "'{value}' could be {whole} or a number with three decimals. Write thousands "
        "without a separator ({whole}) and decimals with a point.",
    },
    "import_merged_needs_target": {
        DE: "Der Status „Zusammengeführt“ braucht die Maßnahme, in der es weitergeht. Tragen Sie "
        "ihre ID in die Spalte „Zusammengeführt in (ID)“ ein (oder `merged_into:` in der "
        "Plan-Datei).",
        EN: "The status 'Merged' needs the measure that continues this one. Enter its id in "
        "the column 'Merged into (id)' (or `merged_into:` in the plan file).",
    },
    "import_unknown_measure": {
        DE: "Eine Maßnahme „{value}“ gibt es im Plan nicht.",
        EN: "There is no measure '{value}' in the plan.",
    },
    "row_column": {
        DE: "Zeile {row}, Spalte {column} („{header}“)",
        EN: "row {row}, column {column} ('{header}')",
    },
    "import_unknown_owner": {
        DE: "„{value}“ ist keine Akteurs-ID aus dem Plan.",
        EN: "'{value}' is not an actor id of the plan.",
    },
    "import_more_errors": {
        DE: "… und {count} weitere Fehler.",
        EN: "… and {count} more errors.",
    },
    "import_nothing_written": {
        DE: "Nichts geschrieben. Korrigieren Sie die Zeilen oben und versuchen Sie es erneut.",
        EN: "Nothing written. Correct the rows above and try again.",
    },
    "import_summary": {
        DE: "{count} aktualisiert.",
        EN: "{count} updated.",
    },
    "import_summary_dry": {
        DE: "Nichts geschrieben (--dry-run). Zu aktualisieren: {count}.",
        EN: "Nothing written (--dry-run). To update: {count}.",
    },
    "import_column_ignored": {
        DE: "Die Spalte „{column}“ liest import-status nicht ein; {n:die geänderte Zelle "
        "bleibt|die geänderten Zellen bleiben} unbeachtet ({n:Zeile|Zeilen} {rows}). Ändern "
        "Sie das in der YAML-Datei der Maßnahme.",
        EN: "import-status does not read the column '{column}'; the changed {n:cell stays|"
        "cells stay} unread ({n:row|rows} {rows}). Change it in the measure's YAML file.",
    },
    "import_no_changes": {
        DE: "Keine Änderungen: Die Tabelle stimmt mit dem Plan überein.",
        EN: "No changes: the sheet matches the plan.",
    },
    # --- values add, import-values ------------------------------------------------------
    "values_sheet_no_header": {
        DE: "„{path}“: In {rows:der ersten Zeile|den ersten # Zeilen} steht keine Kopfzeile, "
        "die werkplan kennt. "
        "Lange Form: Spalten „Kennzahl (ID)“, „Zeitpunkt“, „Wert“ und wahlweise „Region“ und "
        "„Anmerkung“ (wie `werkplan export --indicators`). Breite Form: eine Spalte "
        "„Kennzahl (ID)“ (wahlweise „Region“) und je Jahr oder Zeitraum eine Spalte, "
        "überschrieben mit 2023, 2024 … oder 2025-Q3.",
        EN: "'{path}': none of {rows:the first row|the first # rows} is a header werkplan "
        "knows. Long form: "
        "columns 'Indicator (id)', 'Date', 'Value' and optionally 'Region' and 'Note' (as "
        "`werkplan export --indicators` writes). Wide form: a column 'Indicator (id)' "
        "(optionally 'Region') and one column per year or period, headed 2023, 2024 … or "
        "2025-Q3.",
    },
    "values_too_many": {
        DE: "„{path}“ gibt bis Zeile {row} mehr als {limit:einen Wert|# Werte} an; werkplan "
        "übernimmt aus einer Tabelle höchstens so viele. Teilen Sie die Tabelle auf.",
        EN: "'{path}' gives more than {limit:one value|# values} up to row {row}; werkplan "
        "takes at most that many from one sheet. Split the sheet.",
    },
    "values_unknown_indicator": {
        DE: "Eine Kennzahl „{value}“ gibt es im Plan nicht.",
        EN: "There is no indicator '{value}' in the plan.",
    },
    "values_unknown_region": {
        DE: "Eine Region „{value}“ gibt es im Plan nicht (weder als ID noch als Name).",
        EN: "There is no region '{value}' in the plan (neither as id nor as name).",
    },
    "values_bad_date": {
        DE: "„{value}“ ist kein Zeitpunkt. Schreiben Sie ein Jahr (2025), ein Halbjahr "
        "(2025-H2), ein Quartal (2025-Q3), einen Monat (2025-06) oder einen Tag (31.12.2025).",
        EN: "'{value}' is not a date. Write a year (2025), a half-year (2025-H2), a quarter "
        "(2025-Q3), a month (2025-06) or a day (2025-12-31).",
    },
    "values_row_without_indicator": {
        DE: "Die Zeile hat Werte, aber keine Kennzahl. Tragen Sie die ID der Kennzahl ein.",
        EN: "The row has values but no indicator. Enter the indicator's id.",
    },
    "values_twice": {
        DE: "Der Wert von {id} für {date}{region} steht schon in Zeile {first}. Jeden Wert nur "
        "einmal eintragen.",
        EN: "The value of {id} for {date}{region} is already in row {first}. Enter each value "
        "once.",
    },
    "values_differs": {
        DE: "{id} hat für {date}{region} schon den Wert {old} ({where}), hier steht {new}. "
        "Mit --replace ersetzt werkplan den Wert im Plan.",
        EN: "{id} already has the value {old} for {date}{region} ({where}); this says {new}. "
        "With --replace werkplan replaces the value in the plan.",
    },
    "values_exists": {
        DE: "{id} hat für {date}{region} schon den Wert {old} ({where}).",
        EN: "{id} already has the value {old} for {date}{region} ({where}).",
    },
    "values_file_no_column": {
        DE: "Die Wertedatei hat keine Spalte „{column}“. Ergänzen Sie sie in der ersten Zeile "
        "(z. B. `date;value;region;note`).",
        EN: "The values file has no column '{column}'. Add it to the first line (e.g. "
        "`date;value;region;note`).",
    },
    "values_new_line": {
        DE: "{id}: Wert {date}{region} = {value} neu",
        EN: "{id}: value {date}{region} = {value} new",
    },
    "values_replaced_line": {
        DE: "{id}: Wert {date}{region}: {old} → {value}",
        EN: "{id}: value {date}{region}: {old} → {value}",
    },
    "values_bad_option": {
        DE: "{option} {value}: {reason}",
        EN: "{option} {value}: {reason}",
    },
    "values_refused": {
        DE: "Nichts geschrieben: Mit den neuen Werten hätte der Plan die Fehler oben.",
        EN: "Nothing written: with the new values the plan would have the errors above.",
    },
    "values_not_written": {
        DE: "Nichts geschrieben.",
        EN: "Nothing written.",
    },
    "values_summary": {
        DE: "{added:# Wert neu|# Werte neu}, {replaced:# ersetzt|# ersetzt}.",
        EN: "{added:# value new|# values new}, {replaced:# replaced|# replaced}.",
    },
    "values_summary_dry": {
        DE: "Nichts geschrieben (--dry-run). Es {added:käme # Wert|kämen # Werte} hinzu, "
        "{replaced:# Wert würde|# Werte würden} ersetzt.",
        EN: "Nothing written (--dry-run). {added:# value|# values} would be added, "
        "{replaced:# value|# values} replaced.",
    },
    "values_no_changes": {
        DE: "Keine Änderungen: Jeder Wert der Tabelle steht schon so im Plan.",
        EN: "No changes: every value of the sheet is already in the plan.",
    },
    "goal_in_other_field": {
        DE: "Das Ziel {goal} gehört zum Handlungsfeld {field}. Wählen Sie --field {field} oder "
        "ein Ziel dieses Felds.",
        EN: "Goal {goal} belongs to field {field}. Use --field {field} or a goal of this field.",
    },
    "edit_comment_moves": {
        DE: "nicht geändert: Der Kommentar „{comment}“ stünde danach an anderer Stelle. "
        "Verschieben Sie ihn oder tragen Sie den Eintrag von Hand ein.",
        EN: "not changed: the comment '{comment}' would end up elsewhere. Move it, or add the "
        "entry by hand.",
    },
    "binary_to_terminal": {
        DE: "Eine {kind}-Datei lässt sich nicht im Terminal zeigen. Geben Sie mit -o eine Datei "
        "an, z. B. -o plan.{suffix}.",
        EN: "An {kind} file cannot be shown in the terminal. Name a file with -o, for example "
        "-o plan.{suffix}.",
    },
    "export_written": {DE: "Geschrieben: {path}.", EN: "Written: {path}."},
    "export_indicators_format": {
        DE: "--indicators schreibt eine Tabelle; das Format {format} hat keine. Wählen Sie "
        "--format csv, xlsx, ods oder json.",
        EN: "--indicators writes a table; the format {format} has none. Choose --format csv, "
        "xlsx, ods or json.",
    },
    "ics_deadline": {DE: "Werkstattplan-Frist", EN: "Action plan deadline"},
    "ics_owner": {DE: "Verantwortlich", EN: "Responsible"},
    "ics_milestone": {
        DE: "Meilenstein: {title} ({id} {measure})",
        EN: "Milestone: {title} ({id} {measure})",
    },
    "ics_milestone_category": {DE: "Werkstattplan-Meilenstein", EN: "Action plan milestone"},
    "filter_public": {DE: "Nur öffentliche Maßnahmen", EN: "Public measures only"},
    "yes": {DE: "ja", EN: "yes"},
    "no": {DE: "nein", EN: "no"},
    "unknown_suffix": {
        DE: "Aus der Endung von „{path}“ geht das Format nicht hervor. Nennen Sie eine Datei auf "
        ".html oder .md, oder wählen Sie es mit --format.",
        EN: "The ending of '{path}' does not tell the format. Name a .html or .md file, or "
        "choose it with --format.",
    },
    # Counted nouns in summaries: "1 Datei", "3 Dateien" (i18n.count).
    "count.error": {DE: "{n} {n:Fehler|Fehler}", EN: "{n} {n:error|errors}"},
    "count.warning": {DE: "{n} {n:Warnung|Warnungen}", EN: "{n} {n:warning|warnings}"},
    "count.file": {DE: "{n} {n:Datei|Dateien}", EN: "{n} {n:file|files}"},
    "count.measure": {DE: "{n} {n:Maßnahme|Maßnahmen}", EN: "{n} {n:measure|measures}"},
}
