"""Reading contact logs (CSV, XLSX, JSON, JSON Lines; any encoding a municipality's systems
write) into one column-oriented :class:`ContactLog`."""
