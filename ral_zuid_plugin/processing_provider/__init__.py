"""Processing provider ``ralzuid`` and its algorithms (thin adapters around the core)."""
