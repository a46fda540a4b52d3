"""Texts of the command line help, chosen by the system language (WERKPLAN_LANG or LANG).

``help.*`` describe commands and options, ``help_frame.*`` are the words around them
(Typer's frame, see werkplan/cli/help.py; ``{{}}`` stands for a ``{}`` that click fills in),
``value_name.*`` name values where an option does not name its own (Typer's type names).
"""

from werkplan.i18n.languages import DE, EN

TEXTS: dict[str, dict[str, str]] = {
    "help.app": {
        DE: "werkplan: den Werkstattplan einer Kommune als YAML-Dateien unter git führen, prüfen "
        "und berichten.\n\nBeispiel: [bold]werkplan check plans[/bold]",
        EN: "werkplan: keep a municipality's Werkstattplan as YAML files under git, check it and "
        "report on it.\n\nExample: [bold]werkplan check plans[/bold]",
    },
    "help.version": {
        DE: "Version anzeigen und beenden.",
        EN: "Show the version and exit.",
    },
    "help.debug": {
        DE: "Bei internen Fehlern den vollständigen Traceback zeigen.",
        EN: "Show the full traceback on internal errors.",
    },
    "help.check": {
        DE: "Plan prüfen: Aufbau, Verweise, Datumsangaben, überfällige und unbesetzte "
        "Maßnahmen.\n\nExit-Codes: 0 keine Fehler (Warnungen erlaubt), 1 Fehler (mit --strict "
        "auch Warnungen), 2 Aufruf- oder Verzeichnisfehler, 3 interner Fehler.",
        EN: "Check a plan: structure, references, dates, overdue and unowned measures.\n\nExit "
        "codes: 0 no errors (warnings allowed), 1 errors (with --strict also warnings), 2 "
        "usage error or unusable plan directory, 3 internal error.",
    },
    "help.plan_dir": {
        DE: "Ordner mit den YAML-Dateien des Plans. Ohne Angabe: `plans`, wenn es diesen Ordner "
        "gibt, sonst der aktuelle Ordner, wenn eine Datei darin einen Abschnitt `plan:` hat.",
        EN: "Folder holding the plan's YAML files. Default: `plans` if that folder exists, else "
        "the current folder when one of its files has a `plan:` section.",
    },
    "help.plan_dir_option": {
        DE: "Ordner des Plans (ältere Schreibweise; besser als Argument nach dem Befehl).",
        EN: "The plan's folder (older spelling; better as the argument after the command).",
    },
    "help.metavar_date": {DE: "DATUM", EN: "DATE"},
    "help.metavar_timeframe": {DE: "ZEITRAUM", EN: "TIMEFRAME"},
    "help.metavar_since": {DE: "REV|DATUM", EN: "REV|DATE"},
    "help.metavar_days": {DE: "TAGE", EN: "DAYS"},
    "help.today": {
        DE: "Stichtag für alle Datumsregeln, als TT.MM.JJJJ oder JJJJ-MM-TT (Standard: heute).",
        EN: "Reference date for every date rule, as YYYY-MM-DD or DD.MM.YYYY (default: today).",
    },
    "help.strict": {
        DE: "Auch bei Warnungen mit Exit-Code 1 enden (für CI).",
        EN: "Exit with code 1 on warnings too (for CI).",
    },
    "help.format": {
        DE: "Ausgabeformat: text für Menschen, json für Skripte, github (Annotationen), gitlab "
        "(Code Quality), sarif (Code Scanning). auto: github in GitHub Actions, sonst text.",
        EN: "Output format: text for people, json for scripts, github (annotations), gitlab (Code "
        "Quality), sarif (code scanning). auto: github in GitHub Actions, else text.",
    },
    "help.check_output": {
        DE: "Den Bericht im gewählten Format in diese Datei schreiben; die Meldungen erscheinen "
        "trotzdem als Text im Terminal (für CI).",
        EN: "Write the report in the chosen format to this file; the problems are still shown as "
        "text in the terminal (for CI).",
    },
    "help.lang": {
        DE: "Sprache der Meldungen (Standard: `language` des Plans).",
        EN: "Language of the messages (default: the plan's `language`).",
    },
    "help.color": {
        DE: "Farbe: auto (nur im Terminal, NO_COLOR wird beachtet), always, never.",
        EN: "Colour: auto (terminal only, honours NO_COLOR), always, never.",
    },
    "help.rules": {
        DE: "Alle Regeln mit Stufe und Bedeutung auflisten.",
        EN: "List every rule with its severity and meaning.",
    },
    "help.list": {
        DE: "Maßnahmen (mit --indicators: Kennzahlen) finden und auflisten; Filter lassen sich "
        "kombinieren.",
        EN: "Find and list measures (with --indicators: indicators); filters combine.",
    },
    "help.new": {
        DE: "Einen Eintrag anlegen (measure, goal, actor) mit der nächsten freien ID; Kommentare "
        "und Aufbau der Datei bleiben.",
        EN: "Add an entry (measure, goal, actor) with the next free id; comments and layout stay.",
    },
    "help.new_measure": {
        DE: "Neue Maßnahme in der Datei, in der die Maßnahmen des Handlungsfelds stehen.",
        EN: "New measure, in the file that holds the field's measures.",
    },
    "help.new_goal": {
        DE: "Neues Ziel in einem Handlungsfeld.",
        EN: "New goal in a field of action.",
    },
    "help.new_actor": {
        DE: "Neuer Akteur (eine Stelle oder ein Gremium, keine Person).",
        EN: "New actor (an office or body, not a person).",
    },
    "help.new_field": {
        DE: "Handlungsfeld (ID).",
        EN: "Field of action (id).",
    },
    "help.new_title": {DE: "Titel.", EN: "Title."},
    "help.new_due": {
        DE: "Frist: ein Tag (31.12.2026), Monat (2026-06), Quartal (2026-Q4, 4. Quartal 2026), "
        "Halbjahr (2026-H2) oder Jahr (2026); gespeichert in der Form 2026-Q4.",
        EN: "Deadline: a day (2026-12-31), month (2026-06), quarter (2026-Q4, Q4/2026), "
        "half-year (2026-H2) or year (2026); stored in the form 2026-Q4.",
    },
    "help.new_start": {
        DE: "Beginn, als Tag, Monat, Quartal, Halbjahr oder Jahr wie bei --due.",
        EN: "Start, as a day, month, quarter, half-year or year as for --due.",
    },
    "help.new_measure_field": {
        DE: "Handlungsfeld (ID). Entfällt mit --goal (dessen Handlungsfeld) oder --parent (das "
        "der übergeordneten Maßnahme).",
        EN: "Field of action (id). Not needed with --goal (its field) or --parent (the parent "
        "measure's).",
    },
    "help.new_parent": {
        DE: "Übergeordnete Maßnahme (ID): Die neue wird ihre Teilmaßnahme oder ihr Kleinprojekt, "
        "steht in derselben Datei und gehört ohne --goal zu deren Zielen.",
        EN: "Parent measure (id): the new one becomes its sub-measure or small project, joins "
        "its file and, without --goal, belongs to its goals.",
    },
    "help.new_measure_kind": {
        DE: "measure (Maßnahme, Standard) oder project (Kleinprojekt).",
        EN: "measure (the default) or project (small project).",
    },
    "help.new_horizon": {
        DE: "Zeithorizont (ID aus plan.horizons); ohne --due gilt sein Ende als Frist.",
        EN: "Horizon (id from plan.horizons); without --due its end is the deadline.",
    },
    "help.new_status": {
        DE: "Status (Standard: planned); auch proposed für einen Vorschlag, der noch nicht "
        "beschlossen ist. Schlüssel oder Bezeichnung.",
        EN: "Status (default: planned); also proposed for a suggestion not yet decided. Key or "
        "label.",
    },
    "help.new_measure_goal": {
        DE: "Ziel (ID), zu dem die Maßnahme beiträgt; es gehört zum Handlungsfeld von --field. "
        "Ohne --goal hängt die Maßnahme direkt am Handlungsfeld.",
        EN: "Goal (id) the measure serves; it belongs to the field of --field. Without --goal the "
        "measure is linked to the field directly.",
    },
    "help.new_measure_owner": {
        DE: "Verantwortliche Stelle (Akteurs-ID); mehrfach für eine gemeinsame Federführung "
        "(die erste koordiniert). Gibt es sie noch nicht, legt `werkplan new actor` sie an.",
        EN: "Responsible body (actor id); repeat it for a joint lead (the first coordinates). If "
        "it does not exist yet, `werkplan new actor` adds it.",
    },
    "help.new_indicator": {DE: "Indikator.", EN: "Indicator."},
    "help.new_target": {
        DE: "Zielwert.",
        EN: "Target value.",
    },
    "help.new_name": {
        DE: "Name der Stelle oder des Gremiums.",
        EN: "Name of the office or body.",
    },
    "help.new_kind": {
        DE: "Art: office, board, committee, politics, association, municipality, network, "
        "company, citizens, group, external (Schlüssel oder Bezeichnung, z. B. Politik).",
        EN: "Kind: office, board, committee, politics, association, municipality, network, "
        "company, citizens, group, external (key or label).",
    },
    "help.new_id": {
        DE: "ID (Standard: aus dem Namen).",
        EN: "Id (default: made from the name).",
    },
    "help.init": {
        DE: "Neuen Plan anlegen, der `werkplan check` besteht; überschreibt nichts.",
        EN: "Start a new plan that passes `werkplan check`; overwrites nothing.",
    },
    "help.init_dir": {
        DE: "Ordner für den neuen Plan.",
        EN: "Folder for the new plan.",
    },
    "help.import_status": {
        DE: "Stand aus einer Tabelle (CSV, XLSX oder ODS aus `werkplan export`) übernehmen: "
        "Status, Stand, Geprüft am, Frist, Verantwortlich. Alles oder nichts.",
        EN: "Take status updates from a sheet (CSV, XLSX or ODS from `werkplan export`): status, "
        "note, reviewed on, deadline, owner. All or nothing.",
    },
    "help.import_file": {
        DE: "Die Tabelle (CSV, XLSX oder ODS).",
        EN: "The sheet (CSV, XLSX or ODS).",
    },
    "help.dry_run": {
        DE: "Nur zeigen, was sich ändern würde.",
        EN: "Only show what would change.",
    },
    "help.import_values": {
        DE: "Werte von Kennzahlen aus einer Tabelle (CSV, XLSX, ODS) übernehmen: lange Form "
        "(Kennzahl, Zeitpunkt, Region, Wert) oder breite Form (je Jahr eine Spalte). "
        "Alles oder nichts.",
        EN: "Take indicator values from a sheet (CSV, XLSX, ODS): long form (indicator, date, "
        "region, value) or wide form (one column per year). All or nothing.",
    },
    "help.import_values_replace": {
        DE: "Einen Wert, der für denselben Zeitpunkt und dieselbe Region schon anders im Plan "
        "steht, ersetzen (sonst ist das ein Fehler).",
        EN: "Replace a value the plan already holds differently for the same date and region "
        "(otherwise that is an error).",
    },
    "help.values": {
        DE: "Werte von Kennzahlen pflegen.",
        EN: "Maintain indicator values.",
    },
    "help.values_add": {
        DE: "Einen gemessenen Wert einer Kennzahl eintragen (in die YAML-Datei oder ihre "
        "Wertedatei); geprüft vor dem Schreiben.",
        EN: "Add a measured value of an indicator (to the YAML file or its values file); "
        "checked before writing.",
    },
    "help.values_indicator": {DE: "ID der Kennzahl.", EN: "Id of the indicator."},
    "help.values_date": {
        DE: "Zeitpunkt: Jahr (2025), Halbjahr (2025-H2), Quartal (2025-Q3), Monat (2025-06) "
        "oder Tag (31.12.2025).",
        EN: "Date: year (2025), half-year (2025-H2), quarter (2025-Q3), month (2025-06) or day "
        "(2025-12-31).",
    },
    "help.values_value": {
        DE: "Der Wert, ohne Einheit; Dezimalkomma erlaubt (7,5).",
        EN: "The value, without unit; a decimal comma is accepted (7,5).",
    },
    "help.values_region": {
        DE: "Planungsregion (ID oder Name), wenn der Wert nur für sie gilt.",
        EN: "Planning region (id or name) where the value is for that region only.",
    },
    "help.values_note": {DE: "Anmerkung zum Wert.", EN: "Note on the value."},
    "help.values_replace": {
        DE: "Einen Wert, der für diesen Zeitpunkt und diese Region schon im Plan steht, ersetzen.",
        EN: "Replace a value the plan already holds for this date and region.",
    },
    "help.export": {
        DE: "Plan ausgeben für Tabellen (csv für Excel, xlsx, ods), Kalender (ics) oder Skripte "
        "(json).",
        EN: "Export the plan for spreadsheets (csv for Excel, xlsx, ods), calendars (ics) or "
        "scripts (json).",
    },
    "help.export_format": {
        DE: "csv (Excel, Semikolon, UTF-8), xlsx, ods (LibreOffice), ics (offene Fristen und "
        "Veranstaltungen) oder json (ganzer Plan).",
        EN: "csv (Excel, semicolon, UTF-8), xlsx, ods (LibreOffice), ics (open deadlines and "
        "events) or json (the whole plan).",
    },
    "help.export_indicators": {
        DE: "Statt der Maßnahmen die gemessenen Werte aller Kennzahlen als lange Tabelle: "
        "Kennzahl, Zeitpunkt, Region, Wert, Einheit, Quelle (csv, xlsx, ods, json). "
        "`werkplan import-values` liest sie zurück.",
        EN: "Instead of the measures, the measured values of every indicator as a long table: "
        "indicator, date, region, value, unit, source (csv, xlsx, ods, json). "
        "`werkplan import-values` reads it back.",
    },
    "help.show": {
        DE: "Einen Eintrag zeigen: alle Angaben, wo er steht (Datei:Zeile) und was auf ihn "
        "verweist.",
        EN: "Show one entry: all its data, where it is (file:line) and what refers to it.",
    },
    "help.show_id": {
        DE: "ID einer Maßnahme, eines Ziels, Akteurs, … ",
        EN: "Id of a measure, goal, actor, …",
    },
    "help.list_status": {
        DE: "Nur diesen Status (mehrfach möglich).",
        EN: "Only this status (may be repeated).",
    },
    "help.list_goal": {
        DE: "Nur Maßnahmen zu diesem Ziel (ID).",
        EN: "Only measures for this goal (id).",
    },
    "help.list_overdue": {
        DE: "Nur überfällige Maßnahmen.",
        EN: "Only overdue measures.",
    },
    "help.list_unowned": {
        DE: "Nur Maßnahmen ohne Verantwortliche.",
        EN: "Only measures without an owner.",
    },
    "help.list_stale": {
        DE: "Nur Maßnahmen mit veraltetem Status.",
        EN: "Only measures with a stale status.",
    },
    "help.due_before": {
        DE: "Nur Fristen vor diesem Tag (31.12.2026 oder 2026-12-31) oder vor dem ersten Tag "
        "dieses Zeitraums: 2027-Q1 heißt vor dem 01.01.2027 (auch 2027-06, 2027-H2, 2027).",
        EN: "Only deadlines before this day (2026-12-31 or 31.12.2026) or before the first day "
        "of this time frame: 2027-Q1 means before 2027-01-01 (also 2027-06, 2027-H2, 2027).",
    },
    "help.due_within": {
        DE: "Nur offene Maßnahmen, die in so vielen Tagen fällig sind.",
        EN: "Only open measures due within this many days.",
    },
    "help.sort": {
        DE: "Sortieren nach id, due, status, owner, title, costs, progress oder einem Merkmal aus "
        "plan.attributes (mit --indicators: id, title, progress, verdict). Kosten, Fortschritt, "
        "Zahlen und Rangfolgen: höchste zuerst; ohne Wert am Ende.",
        EN: "Sort by id, due, status, owner, title, costs, progress or an attribute from "
        "plan.attributes (with --indicators: id, title, progress, verdict). Costs, progress, "
        "numbers and ranks: highest first; entries without a value last.",
    },
    "help.list_reverse": {
        DE: "Die Reihenfolge von --sort umkehren (ohne Wert bleibt am Ende).",
        EN: "Reverse the order of --sort (entries without a value stay last).",
    },
    "help.list_parent": {
        DE: "Nur die Teilmaßnahmen und Kleinprojekte dieser Maßnahme (ID), eine Ebene darunter.",
        EN: "Only the sub-measures and small projects of this measure (id), one level below.",
    },
    "help.list_descendants": {
        DE: "Mit --parent: Teilmaßnahmen auf allen Ebenen darunter.",
        EN: "With --parent: sub-measures at every level below.",
    },
    "help.list_kind": {
        DE: "Nur diese Art: measure (Maßnahme) oder project (Kleinprojekt).",
        EN: "Only this kind: measure or project (small project).",
    },
    "help.list_assessment": {
        DE: "Nur diese Einschätzung: on_track (Im Plan), at_risk (Gefährdet), off_track "
        "(Kritisch); mehrfach möglich.",
        EN: "Only this assessment: on_track, at_risk, off_track; may be repeated.",
    },
    "help.list_where": {
        DE: 'Bedingung an ein Merkmal aus plan.attributes, z. B. prioritaet=3, "co2_t>=1000" '
        "oder prioritaet!=1 (auch größer, kleiner, kleiner gleich); mehrfach möglich, alle "
        "müssen gelten.",
        EN: 'A condition on an attribute from plan.attributes, e.g. prioritaet=3, "co2_t>=1000" '
        "or prioritaet!=1 (also greater, less, less or equal); may be repeated, all must hold.",
    },
    "help.list_indicators": {
        DE: "Kennzahlen statt Maßnahmen auflisten: letzter Wert, nächstes Ziel, Fortschritt, "
        "Stand (--goal, --field, --region, --where gelten).",
        EN: "List indicators instead of measures: latest value, next target, progress, verdict "
        "(--goal, --field, --region, --where apply).",
    },
    "help.list_format": {
        DE: "table fürs Terminal, json für Skripte, csv für Tabellen.",
        EN: "table for the terminal, json for scripts, csv for spreadsheets.",
    },
    "help.schema": {
        DE: "JSON Schema der Plan-Dateien ausgeben (für Editoren: Vervollständigung und Fehler "
        "beim Tippen). Mit PLAN_DIR das Schema dieses Plans: seine IDs, Merkmale und "
        "Bezeichnungen als erlaubte Werte, z. B. `werkplan schema plans -o "
        "plans/.werkplan/plan.schema.json`.",
        EN: "Print the JSON Schema of plan files (for editors: completion and errors while "
        "typing). With PLAN_DIR the schema of that plan: its ids, attributes and labels as "
        "allowed values, e.g. `werkplan schema plans -o plans/.werkplan/plan.schema.json`.",
    },
    "help.schema_plan_dir": {
        DE: "Plan-Ordner, dessen eigenes Schema entstehen soll; ohne: das allgemeine Schema für "
        "jeden Plan.",
        EN: "Plan folder to write the own schema of; without it: the generic schema for every "
        "plan.",
    },
    "help.fmt": {
        DE: "Plan-Dateien einheitlich formatieren, damit Diffs klein bleiben: Einrückung, "
        "Reihenfolge der Schlüssel wie dokumentiert, kurze ID-Listen in einer Zeile. "
        "Kommentare und Inhalte bleiben erhalten; eine Datei, die sich nicht verlustfrei "
        "umschreiben lässt, bleibt unverändert.\n\nExit-Codes: 0 fertig, 1 mit --check oder "
        "--diff: Dateien würden sich ändern, oder eine Datei blieb unverändert liegen; 2 "
        "Aufruffehler.",
        EN: "Rewrite plan files into one layout so diffs stay small: indentation, keys in the "
        "documented order, short id lists on one line. Comments and content are kept; a file "
        "that cannot be rewritten losslessly is left alone.\n\nExit codes: 0 done, 1 with "
        "--check or --diff: files would change, or a file was left alone; 2 usage error.",
    },
    "help.fmt_check": {
        DE: "Nichts schreiben; mit Exit-Code 1 enden, wenn Dateien sich ändern würden (für CI).",
        EN: "Write nothing; exit with 1 if files would change (for CI).",
    },
    "help.fmt_diff": {
        DE: "Wie --check, und dazu die Änderungen als Unified Diff zeigen.",
        EN: "Like --check, and show the changes as a unified diff.",
    },
    "help.changes": {
        DE: "Änderungen am Plan aus git: welche Maßnahmen, Ziele und Akteure sich wie geändert "
        "haben (alt → neu) und durch welchen Commit.\n\nStandard: die letzte Änderung am Plan "
        "bis zum aktuellen Arbeitsstand.",
        EN: "Changes to the plan from git: which measures, goals and actors changed how (old → "
        "new) and by which commit.\n\nDefault: the latest change to the plan up to the "
        "working tree.",
    },
    "help.since": {
        DE: "Ab dieser Revision (Commit, Branch, Tag) oder ab dem letzten Commit vor diesem Datum "
        "(TT.MM.JJJJ oder JJJJ-MM-TT).",
        EN: "From this revision (commit, branch, tag), or from the last commit before this date "
        "(YYYY-MM-DD or DD.MM.YYYY).",
    },
    "help.until": {
        DE: "Bis zu dieser Revision oder bis zum letzten Commit an diesem Datum (Standard: der "
        "aktuelle Arbeitsstand).",
        EN: "Up to this revision, or up to the last commit on this date (default: the working "
        "tree).",
    },
    "help.changes_public": {
        DE: "Nur, was veröffentlicht werden darf: ohne interne Maßnahmen und Kennzahlen "
        "(visibility: internal), ohne Commit-Betreffs, Autoren und Dateinamen.",
        EN: "Only what may be published: no internal measures or indicators (visibility: "
        "internal), no commit subjects, authors or file names.",
    },
    "help.changes_format": {
        DE: "text fürs Terminal, md für Merge-Requests, json für Skripte.",
        EN: "text for the terminal, md for merge requests, json for scripts.",
    },
    "help.report": {
        DE: "Bericht für die Sitzung als Markdown oder HTML: überfällige, unbesetzte und bald "
        "fällige Maßnahmen, Stand je Handlungsfeld, wer trägt was, Veranstaltungen, "
        "Zeitplan.\n\nEin Plan mit Fehlern wird nicht berichtet; dann erscheinen die Fehler "
        "wie bei check (Exit-Code 1).",
        EN: "Meeting report as Markdown or HTML: overdue, unowned and soon-due measures, progress "
        "per field of action, who carries what, events, timeline.\n\nA plan with errors is "
        "not reported; its errors are shown as by check (exit code 1).",
    },
    "help.report_format": {
        DE: "md oder html. Standard: nach der Endung von -o, sonst md.",
        EN: "md or html. Default: from the -o file ending, else md.",
    },
    "help.output": {
        DE: "In diese Datei schreiben statt auf die Standardausgabe.",
        EN: "Write to this file instead of standard output.",
    },
    "help.field": {
        DE: "Nur dieses Handlungsfeld (ID).",
        EN: "Only this field of action (id).",
    },
    "help.region": {
        DE: "Nur Maßnahmen in dieser Planungsregion (ID oder Name).",
        EN: "Only measures in this planning region (id or name).",
    },
    "help.owner": {
        DE: "Nur Maßnahmen, die dieser Akteur verantwortet (ID).",
        EN: "Only measures this actor leads (id).",
    },
    "help.public": {
        DE: "Interne Maßnahmen (visibility: internal) weglassen – für Veröffentlichungen.",
        EN: "Leave out internal measures (visibility: internal), for publishing.",
    },
    "help.template": {
        DE: "Eigene Jinja-Vorlage statt der eingebauten (läuft in einer Sandbox).",
        EN: "Own Jinja template instead of the built-in one (runs sandboxed).",
    },
    "help.report_since": {
        DE: "Abschnitt „Änderungen seit …“ aus git: ab dieser Revision oder ab dem letzten Commit "
        "vor diesem Datum (z. B. der letzten Sitzung).",
        EN: "Section 'changes since …' from git: from this revision, or from the last commit "
        "before this date (the last meeting, say).",
    },
    "help.lang_rules": {
        DE: "Sprache der Liste (Standard: Systemsprache).",
        EN: "Language of the list (default: the system language).",
    },
    "help_frame.usage": {DE: "Aufruf: ", EN: "Usage: "},
    "help_frame.options_metavar": {DE: "[OPTIONEN]", EN: "[OPTIONS]"},
    "help_frame.subcommand_metavar": {
        DE: "BEFEHL [ARGUMENTE]...",
        EN: "COMMAND [ARGS]...",
    },
    "help_frame.arguments": {DE: "Argumente", EN: "Arguments"},
    "help_frame.options": {DE: "Optionen", EN: "Options"},
    "help_frame.commands": {DE: "Befehle", EN: "Commands"},
    "help_frame.error": {DE: "Fehler", EN: "Error"},
    "help_frame.default": {
        DE: "[Standard: {{}}]",
        EN: "[default: {{}}]",
    },
    "help_frame.required": {DE: "[Pflicht]", EN: "[required]"},
    "help_frame.envvar": {
        DE: "[Umgebungsvariable: {{}}]",
        EN: "[env var: {{}}]",
    },
    "help_frame.deprecated": {DE: "(veraltet) ", EN: "(deprecated) "},
    "help_frame.aborted": {DE: "Abgebrochen.", EN: "Aborted."},
    "help_frame.try_help": {
        DE: "Hilfe: [blue]'{{command_path}} {{help_option}}'[/]",
        EN: "Try [blue]'{{command_path}} {{help_option}}'[/] for help.",
    },
    "help_frame.help_option": {
        DE: "Diese Hilfe zeigen und beenden.",
        EN: "Show this message and exit.",
    },
    "help_frame.install_completion": {
        DE: "Vervollständigung für die aktuelle Shell einrichten.",
        EN: "Install completion for the current shell.",
    },
    "help_frame.show_completion": {
        DE: "Vervollständigung für die aktuelle Shell zeigen, um sie zu kopieren oder die "
        "Einrichtung anzupassen.",
        EN: "Show completion for the current shell, to copy it or customize the installation.",
    },
    # Click's own usage errors, read from its English wording (werkplan/cli/usage_errors.py).
    "click.invalid_value_for": {
        DE: "Ungültiger Wert für {hint}: {rest}",
        EN: "Invalid value for {hint}: {rest}",
    },
    "click.invalid_value": {DE: "Ungültiger Wert: {rest}", EN: "Invalid value: {rest}"},
    "click.not_one_of": {
        DE: "{value} ist keiner der erlaubten Werte {choices}.",
        EN: "{value} is not one of {choices}.",
    },
    "click.not_valid": {
        DE: "{value} ist kein gültiger Wert ({kind}).",
        EN: "{value} is not a valid {kind}.",
    },
    "click.missing.argument": {DE: "Es fehlt das Argument {hint}.", EN: "Missing argument {hint}."},
    "click.missing.option": {DE: "Es fehlt die Option {hint}.", EN: "Missing option {hint}."},
    "click.missing.parameter": {DE: "Es fehlt die Angabe {hint}.", EN: "Missing parameter {hint}."},
    "click.no_such_option": {DE: "Unbekannte Option: {name}", EN: "No such option: {name}"},
    "click.no_such_option+options": {
        DE: " (möglich: {options})",
        EN: " (Possible options: {options})",
    },
    "click.no_such_command": {
        DE: "Unbekannter Befehl „{name}“.",
        EN: "No such command '{name}'.",
    },
    "click.no_such_command+matches": {
        DE: " Meinten Sie {matches}?",
        EN: " Did you mean {matches}?",
    },
    "click.missing_command": {DE: "Es fehlt ein Befehl.", EN: "Missing command."},
    "click.extra_arguments": {
        DE: "Unerwartete zusätzliche Angabe: {args}",
        EN: "Got unexpected extra argument(s) ({args})",
    },
    "click.requires_argument": {
        DE: "Die Option {option} braucht einen Wert.",
        EN: "Option {option} requires an argument.",
    },
    "click.takes_no_value": {
        DE: "Die Option {option} nimmt keinen Wert.",
        EN: "Option {option} does not take a value.",
    },
    "click.does_not_exist": {DE: "„{path}“ gibt es nicht.", EN: "'{path}' does not exist."},
    "value_name.str": {DE: "TEXT", EN: "TEXT"},
    "value_name.path": {DE: "PFAD", EN: "PATH"},
    "value_name.int": {DE: "ZAHL", EN: "NUMBER"},
}
