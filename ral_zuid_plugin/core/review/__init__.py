"""The expertisecentrum's side of the submission loop: inbox, re-screening, conflicts, decisions, monthly report."""
