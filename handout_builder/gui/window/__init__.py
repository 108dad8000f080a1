"""The main window's parts: its actions, menus and toolbar (``menus``), keys
(``keys``), and the commands of each menu (``files``, ``sections``,
``brands``, ``options``); :mod:`handout_builder.gui.main_window` puts them
together."""
