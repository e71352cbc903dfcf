"""``make bench``: each figure measured beside a floor taken in the same run, reported as a ratio."""
