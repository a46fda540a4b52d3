"""Help texts of the command line, chosen by the system language (WERKPLAN_LANG or LANG)."""

from werkplan.i18n.catalog import DE, EN

HELP: dict[str, dict[str, str]] = {
    DE: {
        "app": "werkplan: den Werkstattplan einer Kommune als YAML-Dateien unter git führen, "
        "prüfen und berichten.\n\nBeispiel: [bold]werkplan check plans[/bold]",
        "version": "Version anzeigen und beenden.",
        "debug": "Bei internen Fehlern den vollständigen Traceback zeigen.",
        "check": "Plan prüfen: Aufbau, Verweise, Datumsangaben, überfällige und unbesetzte "
        "Maßnahmen.\n\nExit-Codes: 0 keine Fehler (Warnungen erlaubt), 1 Fehler "
        "(mit --strict auch Warnungen), 2 Aufruf- oder Verzeichnisfehler, 3 interner Fehler.",
        "plan_dir": "Ordner mit den YAML-Dateien des Plans. Ohne Angabe: `plans`, wenn es diesen "
        "Ordner gibt, sonst der aktuelle Ordner, wenn eine Datei darin einen Abschnitt `plan:` "
        "hat.",
        "plan_dir_option": "Ordner des Plans (ältere Schreibweise; besser als Argument nach dem "
        "Befehl).",
        "metavar_date": "DATUM",
        "metavar_since": "REV|DATUM",
        "metavar_days": "TAGE",
        "today": "Stichtag für alle Datumsregeln, als TT.MM.JJJJ oder JJJJ-MM-TT (Standard: "
        "heute).",
        "strict": "Auch bei Warnungen mit Exit-Code 1 enden (für CI).",
        "format": "Ausgabeformat: text für Menschen, json für Skripte, github (Annotationen), "
        "gitlab (Code Quality), sarif (Code Scanning). auto: github in GitHub Actions, sonst "
        "text.",
        "check_output": "Den Bericht im gewählten Format in diese Datei schreiben; die "
        "Meldungen erscheinen trotzdem als Text im Terminal (für CI).",
        "lang": "Sprache der Meldungen (Standard: `language` des Plans).",
        "color": "Farbe: auto (nur im Terminal, NO_COLOR wird beachtet), always, never.",
        "rules": "Alle Regeln mit Stufe und Bedeutung auflisten.",
        "list": "Maßnahmen finden und auflisten; Filter lassen sich kombinieren.",
        "new": "Einen Eintrag anlegen (measure, goal, actor) mit der nächsten freien ID; "
        "Kommentare und Aufbau der Datei bleiben.",
        "new_measure": "Neue Maßnahme in der Datei, in der die Maßnahmen des Handlungsfelds "
        "stehen.",
        "new_goal": "Neues Ziel in einem Handlungsfeld.",
        "new_actor": "Neuer Akteur (eine Stelle oder ein Gremium, keine Person).",
        "new_field": "Handlungsfeld (ID).",
        "new_title": "Titel.",
        "new_due": "Frist, als TT.MM.JJJJ oder JJJJ-MM-TT.",
        "new_measure_goal": "Ziel (ID), zu dem die Maßnahme beiträgt; es gehört zum "
        "Handlungsfeld von --field. Ohne --goal hängt die Maßnahme direkt am Handlungsfeld.",
        "new_measure_owner": "Verantwortliche Stelle (Akteurs-ID). Gibt es sie noch nicht, legt "
        "`werkplan new actor` sie an.",
        "new_indicator": "Indikator.",
        "new_target": "Zielwert.",
        "new_name": "Name der Stelle oder des Gremiums.",
        "new_kind": "Art: office, board, committee, association, municipality, network, "
        "company, external.",
        "new_id": "ID (Standard: aus dem Namen).",
        "init": "Neuen Plan anlegen, der `werkplan check` besteht; überschreibt nichts.",
        "init_dir": "Ordner für den neuen Plan.",
        "import_status": "Stand aus einer Tabelle (CSV, XLSX oder ODS aus `werkplan export`) "
        "übernehmen: Status, Stand, Geprüft am, Frist, Verantwortlich. Alles oder nichts.",
        "import_file": "Die Tabelle (CSV, XLSX oder ODS).",
        "dry_run": "Nur zeigen, was sich ändern würde.",
        "export": "Plan ausgeben für Tabellen (csv für Excel, xlsx, ods), Kalender (ics) oder "
        "Skripte (json).",
        "export_format": "csv (Excel, Semikolon, UTF-8), xlsx, ods (LibreOffice), ics (offene "
        "Fristen und Veranstaltungen) oder json (ganzer Plan).",
        "show": "Einen Eintrag zeigen: alle Angaben, wo er steht (Datei:Zeile) und was auf ihn "
        "verweist.",
        "show_id": "ID einer Maßnahme, eines Ziels, Akteurs, … ",
        "list_status": "Nur diesen Status (mehrfach möglich).",
        "list_goal": "Nur Maßnahmen zu diesem Ziel (ID).",
        "list_overdue": "Nur überfällige Maßnahmen.",
        "list_unowned": "Nur Maßnahmen ohne Verantwortliche.",
        "list_stale": "Nur Maßnahmen mit veraltetem Status.",
        "due_before": "Nur Fristen vor diesem Datum (TT.MM.JJJJ oder JJJJ-MM-TT).",
        "due_within": "Nur offene Maßnahmen, die in so vielen Tagen fällig sind.",
        "sort": "Sortieren nach id, due, status, owner oder title.",
        "list_format": "table fürs Terminal, json für Skripte, csv für Tabellen.",
        "schema": "JSON Schema der Plan-Dateien ausgeben (für Editoren: Vervollständigung und "
        "Fehler beim Tippen). Mit PLAN_DIR das Schema dieses Plans: seine IDs, Merkmale und "
        "Bezeichnungen als erlaubte Werte, z. B. `werkplan schema plans -o "
        "plans/.werkplan/plan.schema.json`.",
        "schema_plan_dir": "Plan-Ordner, dessen eigenes Schema entstehen soll; ohne: das "
        "allgemeine Schema für jeden Plan.",
        "schema_output": "In diese Datei schreiben statt auf die Standardausgabe.",
        "fmt": "Plan-Dateien einheitlich formatieren, damit Diffs klein bleiben: Einrückung, "
        "Reihenfolge der Schlüssel wie dokumentiert, kurze ID-Listen in einer Zeile. Kommentare "
        "und Inhalte bleiben erhalten; eine Datei, die sich nicht verlustfrei umschreiben lässt, "
        "bleibt unverändert.\n\nExit-Codes: 0 fertig, 1 mit --check oder --diff: Dateien "
        "würden sich ändern, oder eine Datei blieb unverändert liegen; 2 Aufruffehler.",
        "fmt_check": "Nichts schreiben; mit Exit-Code 1 enden, wenn Dateien sich ändern würden "
        "(für CI).",
        "fmt_diff": "Wie --check, und dazu die Änderungen als Unified Diff zeigen.",
        "changes": "Änderungen am Plan aus git: welche Maßnahmen, Ziele und Akteure sich wie "
        "geändert haben (alt → neu) und durch welchen Commit.\n\nStandard: die letzte "
        "Änderung am Plan bis zum aktuellen Arbeitsstand.",
        "since": "Ab dieser Revision (Commit, Branch, Tag) oder ab dem letzten Commit vor "
        "diesem Datum (TT.MM.JJJJ oder JJJJ-MM-TT).",
        "until": "Bis zu dieser Revision oder bis zum letzten Commit an diesem Datum "
        "(Standard: der aktuelle Arbeitsstand).",
        "changes_format": "text fürs Terminal, md für Merge-Requests, json für Skripte.",
        "report": "Bericht für die Sitzung als Markdown oder HTML: überfällige, unbesetzte und "
        "bald fällige Maßnahmen, Stand je Handlungsfeld, wer trägt was, Veranstaltungen, "
        "Zeitplan.\n\nEin Plan mit Fehlern wird nicht berichtet; dann erscheinen die Fehler wie "
        "bei check (Exit-Code 1).",
        "report_format": "md oder html. Standard: nach der Endung von -o, sonst md.",
        "output": "In diese Datei schreiben statt auf die Standardausgabe.",
        "field": "Nur dieses Handlungsfeld (ID).",
        "region": "Nur Maßnahmen in dieser Planungsregion (ID).",
        "owner": "Nur Maßnahmen, die dieser Akteur verantwortet (ID).",
        "public": "Interne Maßnahmen (visibility: internal) weglassen – für Veröffentlichungen.",
        "template": "Eigene Jinja-Vorlage statt der eingebauten (läuft in einer Sandbox).",
        "report_since": "Abschnitt „Änderungen seit …“ aus git: ab dieser Revision oder ab dem "
        "letzten Commit vor diesem Datum (z. B. der letzten Sitzung).",
        "lang_rules": "Sprache der Liste (Standard: Systemsprache).",
    },
    EN: {
        "app": "werkplan: keep a municipality's Werkstattplan as YAML files under git, check "
        "it and report on it.\n\nExample: [bold]werkplan check plans[/bold]",
        "version": "Show the version and exit.",
        "debug": "Show the full traceback on internal errors.",
        "check": "Check a plan: structure, references, dates, overdue and unowned measures."
        "\n\nExit codes: 0 no errors (warnings allowed), 1 errors (with --strict "
        "also warnings), 2 usage error or unusable plan directory, 3 internal error.",
        "plan_dir": "Folder holding the plan's YAML files. Default: `plans` if that folder "
        "exists, else the current folder when one of its files has a `plan:` section.",
        "plan_dir_option": "The plan's folder (older spelling; better as the argument after the "
        "command).",
        "metavar_date": "DATE",
        "metavar_since": "REV|DATE",
        "metavar_days": "DAYS",
        "today": "Reference date for every date rule, as YYYY-MM-DD or DD.MM.YYYY (default: "
        "today).",
        "strict": "Exit with code 1 on warnings too (for CI).",
        "format": "Output format: text for people, json for scripts, github (annotations), "
        "gitlab (Code Quality), sarif (code scanning). auto: github in GitHub Actions, else "
        "text.",
        "check_output": "Write the report in the chosen format to this file; the problems are "
        "still shown as text in the terminal (for CI).",
        "lang": "Language of the messages (default: the plan's `language`).",
        "color": "Colour: auto (terminal only, honours NO_COLOR), always, never.",
        "rules": "List every rule with its severity and meaning.",
        "list": "Find and list measures; filters combine.",
        "new": "Add an entry (measure, goal, actor) with the next free id; comments and "
        "layout stay.",
        "new_measure": "New measure, in the file that holds the field's measures.",
        "new_goal": "New goal in a field of action.",
        "new_actor": "New actor (an office or body, not a person).",
        "new_field": "Field of action (id).",
        "new_title": "Title.",
        "new_due": "Deadline, as YYYY-MM-DD or DD.MM.YYYY.",
        "new_measure_goal": "Goal (id) the measure serves; it belongs to the field of --field. "
        "Without --goal the measure is linked to the field directly.",
        "new_measure_owner": "Responsible body (actor id). If it does not exist yet, `werkplan "
        "new actor` adds it.",
        "new_indicator": "Indicator.",
        "new_target": "Target value.",
        "new_name": "Name of the office or body.",
        "new_kind": "Kind: office, board, committee, association, municipality, network, "
        "company, external.",
        "new_id": "Id (default: made from the name).",
        "init": "Start a new plan that passes `werkplan check`; overwrites nothing.",
        "init_dir": "Folder for the new plan.",
        "import_status": "Take status updates from a sheet (CSV, XLSX or ODS from `werkplan "
        "export`): status, note, reviewed on, deadline, owner. All or nothing.",
        "import_file": "The sheet (CSV, XLSX or ODS).",
        "dry_run": "Only show what would change.",
        "export": "Export the plan for spreadsheets (csv for Excel, xlsx, ods), calendars (ics) or "
        "scripts (json).",
        "export_format": "csv (Excel, semicolon, UTF-8), xlsx, ods (LibreOffice), ics (open "
        "deadlines and events) or "
        "json (the whole plan).",
        "show": "Show one entry: all its data, where it is (file:line) and what refers to it.",
        "show_id": "Id of a measure, goal, actor, …",
        "list_status": "Only this status (may be repeated).",
        "list_goal": "Only measures for this goal (id).",
        "list_overdue": "Only overdue measures.",
        "list_unowned": "Only measures without an owner.",
        "list_stale": "Only measures with a stale status.",
        "due_before": "Only deadlines before this date (YYYY-MM-DD or DD.MM.YYYY).",
        "due_within": "Only open measures due within this many days.",
        "sort": "Sort by id, due, status, owner or title.",
        "list_format": "table for the terminal, json for scripts, csv for spreadsheets.",
        "schema": "Print the JSON Schema of plan files (for editors: completion and errors "
        "while typing). With PLAN_DIR the schema of that plan: its ids, attributes and labels "
        "as allowed values, e.g. `werkplan schema plans -o plans/.werkplan/plan.schema.json`.",
        "schema_plan_dir": "Plan folder to write the own schema of; without it: the generic "
        "schema for every plan.",
        "schema_output": "Write to this file instead of standard output.",
        "fmt": "Rewrite plan files into one layout so diffs stay small: indentation, keys in "
        "the documented order, short id lists on one line. Comments and content are kept; a "
        "file that cannot be rewritten losslessly is left alone.\n\nExit codes: 0 done, 1 "
        "with --check or --diff: files would change, or a file was left alone; 2 usage error.",
        "fmt_check": "Write nothing; exit with 1 if files would change (for CI).",
        "fmt_diff": "Like --check, and show the changes as a unified diff.",
        "changes": "Changes to the plan from git: which measures, goals and actors changed how "
        "(old → new) and by which commit.\n\nDefault: the latest change to the plan up to the "
        "working tree.",
        "since": "From this revision (commit, branch, tag), or from the last commit before "
        "this date (YYYY-MM-DD or DD.MM.YYYY).",
        "until": "Up to this revision, or up to the last commit on this date (default: the "
        "working tree).",
        "changes_format": "text for the terminal, md for merge requests, json for scripts.",
        "report": "Meeting report as Markdown or HTML: overdue, unowned and soon-due measures, "
        "progress per field of action, who carries what, events, timeline.\n\nA plan with "
        "errors is not reported; its errors are shown as by check (exit code 1).",
        "report_format": "md or html. Default: from the -o file ending, else md.",
        "output": "Write to this file instead of standard output.",
        "field": "Only this field of action (id).",
        "region": "Only measures in this planning region (id).",
        "owner": "Only measures this actor leads (id).",
        "public": "Leave out internal measures (visibility: internal), for publishing.",
        "template": "Own Jinja template instead of the built-in one (runs sandboxed).",
        "report_since": "Section 'changes since …' from git: from this revision, or from the "
        "last commit before this date (the last meeting, say).",
        "lang_rules": "Language of the list (default: the system language).",
    },
}

# The words around the help texts (Typer's frame), see werkplan/cli/help.py.
FRAME: dict[str, dict[str, str]] = {
    DE: {
        "usage": "Aufruf: ",
        "options_metavar": "[OPTIONEN]",
        "subcommand_metavar": "BEFEHL [ARGUMENTE]...",
        "arguments": "Argumente",
        "options": "Optionen",
        "commands": "Befehle",
        "error": "Fehler",
        "default": "[Standard: {}]",
        "required": "[Pflicht]",
        "envvar": "[Umgebungsvariable: {}]",
        "deprecated": "(veraltet) ",
        "aborted": "Abgebrochen.",
        "try_help": "Hilfe: [blue]'{command_path} {help_option}'[/]",
        "help_option": "Diese Hilfe zeigen und beenden.",
        "install_completion": "Vervollständigung für die aktuelle Shell einrichten.",
        "show_completion": "Vervollständigung für die aktuelle Shell zeigen, um sie zu "
        "kopieren oder die Einrichtung anzupassen.",
    },
    EN: {
        "usage": "Usage: ",
        "options_metavar": "[OPTIONS]",
        "subcommand_metavar": "COMMAND [ARGS]...",
        "arguments": "Arguments",
        "options": "Options",
        "commands": "Commands",
        "error": "Error",
        "default": "[default: {}]",
        "required": "[required]",
        "envvar": "[env var: {}]",
        "deprecated": "(deprecated) ",
        "aborted": "Aborted.",
        "try_help": "Try [blue]'{command_path} {help_option}'[/] for help.",
        "help_option": "Show this message and exit.",
        "install_completion": "Install completion for the current shell.",
        "show_completion": "Show completion for the current shell, to copy it or customize the "
        "installation.",
    },
}

# Names of values in `--help` where an option does not name its own (Typer's type names).
VALUE_NAMES: dict[str, dict[str, str]] = {
    DE: {"str": "TEXT", "path": "PFAD", "int": "ZAHL", "int range": "ZAHL"},
    EN: {"str": "TEXT", "path": "PATH", "int": "NUMBER", "int range": "NUMBER"},
}
