"""Charging sessions (laadsessies): reading CPO data, quality checks and the NAL usage indicators.

Pipeline: :mod:`.readers` turn files into one canonical session frame (:mod:`.schema`), card ids
are hashed on reading (:mod:`.privacy`), :mod:`.quality` checks and excludes rows with a reason,
:mod:`.timeline` splits connected time over Europe/Amsterdam days, :mod:`.indicators` computes the
per-EVSE, per-day and per-area numbers and :mod:`.workbook` writes the monitoring workbook.
"""
