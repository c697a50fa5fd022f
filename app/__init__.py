"""TriggerMap: which muscle is sending this pain here?"""

__version__ = "0.1.0"
