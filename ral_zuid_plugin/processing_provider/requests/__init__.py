"""Request register algorithm."""
