"""Work the window hands off: rendering, checks, printing, autosave, layout watching."""
