"""Reading programmes and writing records, in the formats people actually use."""
