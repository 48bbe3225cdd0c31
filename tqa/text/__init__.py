"""What the checks read in a text: sentences (`segment`), numbers, dates, names and
the people they name, compass directions, and the transliteration key for names."""
