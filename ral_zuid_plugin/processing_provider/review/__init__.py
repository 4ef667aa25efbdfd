"""The Expertisecentrum group: reviewing the gemeenten\x27s submissions."""
