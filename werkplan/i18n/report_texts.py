"""Headings and labels of the reports, and the labels of plan keys other outputs share.

Templates reach them through ``t("key")``; a plan's own templates can use the same keys. The
labels of plan keys (owner, due, status, …) also head the columns of `werkplan list`, name a
change in the change log and the lines of a calendar entry.
"""

from werkplan.i18n.languages import DE, EN

TEXTS: dict[str, dict[str, str]] = {
    "skip_to_content": {DE: "Zum Inhalt springen", EN: "Skip to content"},
    "contents": {DE: "Inhalt", EN: "Contents"},
    "as_of": {DE: "Stand", EN: "As of"},
    "period": {DE: "Laufzeit", EN: "Period"},
    "filters": {DE: "Auswahl", EN: "Selection"},
    "at_a_glance": {DE: "Auf einen Blick", EN: "At a glance"},
    "measures_total": {DE: "Maßnahmen", EN: "Measures"},
    "done_share": {DE: "abgeschlossen", EN: "done"},
    "overdue_heading": {DE: "Überfällige Maßnahmen", EN: "Overdue measures"},
    "overdue_short": {DE: "überfällig", EN: "overdue"},
    "unowned_heading": {DE: "Maßnahmen ohne Verantwortliche", EN: "Measures without an owner"},
    "unowned_short": {DE: "ohne Verantwortliche", EN: "without owner"},
    "due_soon": {
        DE: "Bald fällig ({days:nächster Tag|nächste # Tage})",
        EN: "Due soon ({days:next day|next # days})",
    },
    "due_soon_short": {DE: "bald fällig", EN: "due soon"},
    "stale": {
        DE: "Status länger als {days:# Tag|# Tage} nicht geprüft",
        EN: "Status not reviewed for more than {days:# day|# days}",
    },
    "stale_short": {DE: "Status veraltet", EN: "stale status"},
    "blocked": {DE: "Blockierte Maßnahmen", EN: "Blocked measures"},
    "blocked_short": {DE: "blockiert", EN: "blocked"},
    "blocked_by": {DE: "wartet auf", EN: "waits for"},
    "gaps_short": {DE: "Ziele ohne Maßnahme", EN: "goals without measure"},
    # After the number of goals without a measure: "1 Ziel ohne Maßnahme", "3 Ziele …".
    "gaps_counted": {
        DE: "{count:Ziel|Ziele} ohne Maßnahme",
        EN: "{count:goal|goals} without a measure",
    },
    "by_field": {
        DE: "Maßnahmen je Handlungsfeld und Status",
        EN: "Measures per field of action and status",
    },
    "by_field_chart": {
        DE: "Stand je Handlungsfeld als Balken; Farbe und Zeichen eines Abschnitts zeigen den "
        "Status (Legende oben), die Zahlen stehen in der Tabelle darüber.",
        EN: "Progress per field of action as bars; the colour and sign of a section show the "
        "status (key above), the figures are in the table above.",
    },
    "legend": {DE: "Legende", EN: "Key"},
    "field": {DE: "Handlungsfeld", EN: "Field of action"},
    "fields": {DE: "Handlungsfelder", EN: "Fields of action"},
    "goal": {DE: "Ziel", EN: "Goal"},
    "indicator": {DE: "Indikator", EN: "Indicator"},
    "target": {DE: "Zielwert", EN: "Target"},
    # The section "Goals and indicators" (report/indicators.py) and its alerts for the meeting.
    "ind_section": {DE: "Ziele und Kennzahlen", EN: "Goals and indicators"},
    "ind_alerts": {DE: "Kennzahlen mit Handlungsbedarf", EN: "Indicators that need attention"},
    "ind_alerts_text": {
        DE: "Kennzahlen, die hinter dem Zielpfad zurückliegen, einen Zielwert verfehlt haben "
        "oder lange keinen neuen Wert hatten – dieselben, die die Prüfung meldet.",
        EN: "Indicators behind their target path, past a target they missed, or without a new "
        "value for too long – the same the check reports.",
    },
    "ind_indicator": {DE: "Kennzahl", EN: "Indicator"},
    "ind_overall": {DE: "Gesamt", EN: "Overall"},
    "ind_verdict": {DE: "Bewertung", EN: "Verdict"},
    "ind_goal_verdict": {
        DE: "Bewertung des Ziels (die schlechteste seiner Kennzahlen)",
        EN: "Verdict of the goal (the worst of its indicators)",
    },
    "ind_no_target": {DE: "ohne Zielwert", EN: "no target"},
    "ind_context": {DE: "Kontext", EN: "Context"},
    "ind_latest": {DE: "Letzter Wert", EN: "Latest value"},
    "ind_next_target": {DE: "Nächster Zielwert", EN: "Next target"},
    "ind_progress": {DE: "Fortschritt", EN: "Progress"},
    "ind_progress_text": {
        DE: "Anteil des Wegs vom Ausgangswert zum nächsten Zielwert",
        EN: "share of the way from the baseline to the next target",
    },
    "ind_detail": {DE: "Hinweis", EN: "Note"},
    "ind_kind_baseline": {DE: "Ausgangswert", EN: "Baseline"},
    "ind_kind_value": {DE: "Wert", EN: "Value"},
    "ind_values": {DE: "Werte", EN: "Values"},
    "ind_path": {DE: "Zielpfad", EN: "Target path"},
    "ind_row_note": {DE: "Anmerkung", EN: "Remark"},
    "ind_unit": {DE: "Einheit", EN: "Unit"},
    "ind_source": {DE: "Quelle", EN: "Source"},
    "ind_license": {DE: "Lizenz", EN: "Licence"},
    "ind_measures": {DE: "Zeigt den Fortschritt von", EN: "Shows the progress of"},
    "ind_no_indicator": {
        DE: "Für dieses Ziel gibt es noch keine Kennzahl.",
        EN: "This goal has no indicator yet.",
    },
    "ind_also_measured_by": {DE: "Gemessen auch mit", EN: "Also measured by"},
    "ind_other": {DE: "Kennzahlen ohne Ziel", EN: "Indicators without a goal"},
    "ind_no_values": {DE: "Noch keine Werte.", EN: "No values yet."},
    "ind_table": {DE: "Werte und Zielpfad von {id}", EN: "Values and target path of {id}"},
    "ind_table_values": {DE: "Werte von {id}", EN: "Values of {id}"},
    "ind_chart_name": {
        DE: "Diagramm: Verlauf von {id}{region}; die Zahlen stehen in der Tabelle „{table}“.",
        EN: "Chart: course of {id}{region}; the figures are in the table “{table}”.",
    },
    "ind_chart_note": {
        DE: "Ein Wert zählt am Ende seines Zeitraums: der Wert für 2025 steht am Ende des "
        "Jahres 2025. Der Zielpfad führt gerade vom Ausgangswert zu jedem Zielwert. Die "
        "Zahlen stehen in der Tabelle.",
        EN: "A value counts at the end of its period: the value for 2025 stands at the end "
        "of 2025. The target path runs straight from the baseline to each target. The "
        "figures are in the table.",
    },
    "ind_mermaid_lines": {
        DE: "Linien: Werte (ab dem Ausgangswert) und Zielpfad; die Zahlen stehen in der Tabelle.",
        EN: "Lines: values (from the baseline) and the target path; the figures are in the table.",
    },
    "ind_mermaid_values": {
        DE: "Linie: die Werte; die Zahlen stehen in der Tabelle.",
        EN: "Line: the values; the figures are in the table.",
    },
    "ind_missed_detail": {
        DE: "Zielwert {target} ({date}) nicht erreicht",
        EN: "target {target} ({date}) not reached",
    },
    "ind_behind_detail": {
        DE: "der Zielpfad verlangt {expected}",
        EN: "the target path asks for {expected}",
    },
    "ind_stale_detail": {
        DE: "letzter Wert vor {days:# Tag|# Tagen}, neue Werte {limit:jeden Tag|alle # Tage} "
        "erwartet",
        EN: "latest value {days:# day|# days} ago, new values expected {limit:every day|every "
        "# days}",
    },
    "gap": {DE: "Lücke", EN: "Gap"},
    "gap_text": {
        DE: "Für dieses Ziel gibt es noch keine Maßnahme.",
        EN: "There is no measure for this goal yet.",
    },
    "other_measures": {
        DE: "Weitere Maßnahmen im Handlungsfeld",
        EN: "Other measures in this field",
    },
    "total": {DE: "Summe", EN: "Total"},
    "id": {DE: "Nr.", EN: "No."},
    "measure": {DE: "Maßnahme", EN: "Measure"},
    "owner": {DE: "Verantwortlich", EN: "Owner"},
    "nobody": {DE: "niemand", EN: "nobody"},
    "partners": {DE: "Beteiligte", EN: "Partners"},
    "regions": {DE: "Regionen", EN: "Regions"},
    "region": {DE: "Region", EN: "Region"},
    "goals": {DE: "Ziele", EN: "Goals"},
    "all_regions": {DE: "alle Planungsregionen", EN: "all planning regions"},
    "start": {DE: "Beginn", EN: "Start"},
    "due": {DE: "Frist", EN: "Deadline"},
    "due_and_status": {DE: "Frist und Status", EN: "Deadline and status"},
    "status": {DE: "Status", EN: "Status"},
    "note": {DE: "Stand", EN: "Current state"},
    "status_note": {DE: "Stand", EN: "Note"},
    "days_late": {DE: "Tage überfällig", EN: "Days late"},
    "days_left": {DE: "Tage bis Frist", EN: "Days left"},
    "last_review": {DE: "Zuletzt geprüft", EN: "Last review"},
    "never": {DE: "nie", EN: "never"},
    "late_by": {
        DE: "{days} {days:Tag|Tage} überfällig",
        EN: "{days} {days:day|days} late",
    },
    "none": {DE: "Keine.", EN: "None."},
    "actors": {DE: "Wer trägt was", EN: "Who carries what"},
    "actor": {DE: "Akteur", EN: "Actor"},
    "kind": {DE: "Art", EN: "Kind"},
    "leads": {DE: "Verantwortet", EN: "Leads"},
    "supports": {DE: "Wirkt mit bei", EN: "Supports"},
    "events": {DE: "Veranstaltungen", EN: "Events"},
    "past_events": {DE: "Zuletzt", EN: "Most recent"},
    "upcoming_events": {DE: "Als Nächstes", EN: "Coming up"},
    "date": {DE: "Datum", EN: "Date"},
    "event": {DE: "Veranstaltung", EN: "Event"},
    "place": {DE: "Ort", EN: "Place"},
    "results": {DE: "Ergebnisse", EN: "Results"},
    "timeline": {DE: "Zeitplan", EN: "Timeline"},
    "timeline_desc": {
        DE: "Ein Balken je Maßnahme von Beginn bis Frist, nach Handlungsfeld gruppiert. Die "
        "senkrechte Linie markiert den Stichtag {today}. Überfällige Maßnahmen sind schraffiert "
        "und mit „überfällig“ beschriftet. Alle Daten stehen auch in den Tabellen der "
        "Handlungsfelder.",
        EN: "One bar per measure from start to deadline, grouped by field of action. The "
        "vertical line marks the reference date {today}. Overdue measures are hatched and "
        "labelled 'overdue'. All dates are also in the tables of the fields of action.",
    },
    "timeline_status": {
        DE: "Farbe und Zeichen vor der Nummer zeigen den Status (Legende oben).",
        EN: "The colour and the sign before the number show the status (key above).",
    },
    "legend_bar": {DE: "Beginn bis Frist", EN: "start to deadline"},
    "undated": {DE: "Ohne Frist und daher nicht im Zeitplan", EN: "Without deadline, not shown"},
    "today": {DE: "Stichtag", EN: "Reference date"},
    "generated": {
        DE: "Erstellt mit werkplan am {today}.",
        EN: "Generated with werkplan on {today}.",
    },
    "accessibility": {DE: "Erklärung zur Barrierefreiheit", EN: "Accessibility statement"},
    "internal": {DE: "intern", EN: "internal"},
    "changes": {DE: "Änderungen seit {since}", EN: "Changes since {since}"},
    "no_changes": {DE: "Keine Änderungen am Plan.", EN: "No changes to the plan."},
    "milestone": {DE: "Frist ohne Beginn", EN: "deadline without start"},
    "print_page": {DE: "Seite", EN: "Page"},
    "print_of": {DE: "von", EN: "of"},
    # Measures as plans hold them (issues 13 and 14): numbering, joint leads, sub-measures,
    # proposals, assessments, milestones, relations, costs, attributes, decisions, updates.
    "report.proposals": {
        DE: "Vorschläge (noch nicht beschlossen)",
        EN: "Proposals (not decided yet)",
    },
    "report.proposals_short": {DE: "vorgeschlagen", EN: "proposed"},
    "report.proposals_for_goal": {DE: "Vorschläge zu diesem Ziel", EN: "Proposals for this goal"},
    "report.see_proposals": {DE: "siehe Vorschläge", EN: "see proposals"},
    "report.at_risk": {
        DE: "Gefährdete und kritische Maßnahmen",
        EN: "Measures at risk or off track",
    },
    "report.at_risk_short": {DE: "gefährdet oder kritisch", EN: "at risk or off track"},
    "report.assessment": {DE: "Einschätzung", EN: "Assessment"},
    "report.progress": {DE: "Umsetzung", EN: "Progress"},
    # For templates written before the `percent` filter: a whole number in `percent`.
    "report.progress_done": {DE: "{percent} % umgesetzt", EN: "{percent}% done"},
    "report.part_done": {DE: "{percent} umgesetzt", EN: "{percent} done"},  # `|percent`
    "report.progress_share": {DE: "Umsetzung im Mittel", EN: "average progress"},
    "report.coordinates": {DE: "koordiniert", EN: "coordinating"},
    "report.supporters": {DE: "Könnte unterstützen", EN: "Could support"},
    "report.backs": {DE: "Könnte unterstützen bei", EN: "Could support"},
    "report.part_of": {DE: "Teil von", EN: "Part of"},
    "report.children": {
        DE: "Teilmaßnahmen und Kleinprojekte",
        EN: "Sub-measures and small projects",
    },
    "report.time_frame": {DE: "Zeitraum", EN: "Time frame"},
    "report.locations": {DE: "Orte", EN: "Places"},
    "report.milestones": {DE: "Meilensteine", EN: "Milestones"},
    "report.milestone_reached": {DE: "erreicht am {date}", EN: "reached on {date}"},
    "report.milestone_open": {DE: "offen", EN: "open"},
    "report.legend_milestone_reached": {DE: "Meilenstein erreicht", EN: "milestone reached"},
    "report.legend_milestone_open": {DE: "Meilenstein offen", EN: "milestone open"},
    "report.timeline_milestones": {
        DE: "Kleine Rauten auf der Zeile einer Maßnahme sind ihre Meilensteine (gefüllt: "
        "erreicht, rot umrandet: überfällig); Teilmaßnahmen stehen eingerückt unter ihrer "
        "Maßnahme.",
        EN: "Small diamonds on a measure's row are its milestones (filled: reached, outlined "
        "in red: overdue); sub-measures are indented under their measure.",
    },
    "report.details": {DE: "Maßnahmen im Einzelnen", EN: "Measures in detail"},
    "report.see_also": {DE: "Siehe auch", EN: "See also"},
    "report.merged_into": {DE: "Zusammengeführt in", EN: "Merged into"},
    "report.superseded_by": {DE: "Ersetzt durch", EN: "Superseded by"},
    "report.supersedes": {DE: "Ersetzt", EN: "Supersedes"},
    "report.not_in_report": {DE: "nicht in diesem Bericht", EN: "not in this report"},
    "report.decisions": {DE: "Beschlüsse", EN: "Decisions"},
    "report.decision": {DE: "Beschluss", EN: "Decision"},
    "report.decision_on": {DE: "vom {date}", EN: "of {date}"},
    "report.links": {DE: "Links", EN: "Links"},
    "report.updates": {DE: "Letzte Sachstände", EN: "Latest updates"},
    "report.older_updates": {
        DE: "{n:ein früherer Eintrag|# frühere Einträge} im Plan",
        EN: "{n:one earlier entry|# earlier entries} in the plan",
    },
    "report.costs": {DE: "Kosten", EN: "Costs"},
    "report.costs_heading": {DE: "Kosten und Förderung", EN: "Costs and funding"},
    "report.costs_total": {DE: "gesamt", EN: "total"},
    "report.costs_per_year": {DE: "jährlich", EN: "per year"},
    "report.costs_total_head": {DE: "Gesamtkosten", EN: "Total costs"},
    "report.costs_per_year_head": {DE: "Kosten je Jahr", EN: "Costs per year"},
    "report.staff": {DE: "Personal (VZÄ)", EN: "Staff (FTE)"},
    "report.staff_value": {DE: "{staff} VZÄ", EN: "{staff} FTE"},
    "report.costs_per_field": {DE: "Kosten je Handlungsfeld", EN: "Costs per field of action"},
    "report.costs_by_year": {DE: "Kosten nach Jahren", EN: "Costs by year"},
    "report.costs_measures": {DE: "Maßnahmen mit Kosten", EN: "Measures with costs"},
    "report.costs_counted": {
        DE: "Die Summen zählen jede Maßnahme mit Kostenangaben einmal; vorgeschlagene, "
        "entfallene und zusammengeführte Maßnahmen sind nicht enthalten.",
        EN: "The sums count each measure with costs once; proposed, dropped and merged "
        "measures are left out.",
    },
    "report.funding": {DE: "Förderung", EN: "Funding"},
    "report.funding_by_status": {DE: "Förderung nach Stand", EN: "Funding by status"},
    "report.funding_by_source": {DE: "Förderung nach Quelle", EN: "Funding by source"},
    "report.funding_status": {DE: "Stand", EN: "Status"},
    "report.amount": {DE: "Betrag", EN: "Amount"},
    "report.funding_secured": {
        DE: "Gesichert (bewilligt oder ausgezahlt)",
        EN: "Secured (approved or paid)",
    },
}
