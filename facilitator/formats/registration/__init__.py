"""Registration lists: participants from CSV, Excel and Word tables."""
