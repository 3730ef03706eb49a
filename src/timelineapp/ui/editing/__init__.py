"""Making, editing, reviewing and saving event files in the window."""
