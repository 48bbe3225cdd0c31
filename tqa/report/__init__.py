"""Report writers: JSON for tools, HTML for editors, text for the terminal."""
