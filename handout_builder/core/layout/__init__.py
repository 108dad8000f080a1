"""The layout system: layout folders, the template context and sandboxed templating."""
