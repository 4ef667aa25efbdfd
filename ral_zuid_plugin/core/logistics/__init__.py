"""ZES logistics: zero-emission zones for city logistics and charging sites for vans and trucks."""
