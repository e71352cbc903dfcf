"""``make bench``: each figure measured beside a floor from the same run, reported as a ratio."""
