"""The journal: what the store keeps (records), what they mean (typed events), and how one
becomes the other (a codec derived from each event's declaration)."""
