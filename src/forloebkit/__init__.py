"""forloebkit: write, check and publish forløbsprogrammer as YAML."""

__version__ = "0.1.0"
