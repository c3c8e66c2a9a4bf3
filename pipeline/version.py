"""The version of the pipeline: records made by another version are made again."""

__version__ = "0.2.0"
