"""The agenda: the segments of the programme, their clocks, the sittings, the programme as
edited during the meeting. A slice of the fold, with the Co-Chairs' commands, the day's schedule
and the segment's clock."""
