"""The single exception type raised for bad data input."""


class DataError(ValueError):
    """Bad or unusable input data; the message is one line naming the problem and its source."""
