"""Menu, toolbar and dialogs (the only layer that talks to ``iface``)."""
