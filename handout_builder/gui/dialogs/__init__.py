"""Dialogs: practice set-up and brand profiles, compare wording, preferences."""
